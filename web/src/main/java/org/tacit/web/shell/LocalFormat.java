package org.tacit.web.shell;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

/** Moments in the user's locale, for pages: {@code #{local.when(change.at())}}. */
@Named("local")
@ApplicationScoped
public class LocalFormat {

  private static final DateTimeFormatter WHEN =
      DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
          .withZone(ZoneOffset.UTC);

  /** In UTC until users can choose a time zone; the pages say so beside it. */
  public String when(Instant at) {
    Locale locale = FacesContext.getCurrentInstance().getViewRoot().getLocale();
    return at == null ? "" : WHEN.withLocale(locale).format(at);
  }
}
