package org.tacit.web.inventory;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import org.tacit.application.Estimate;

/**
 * Says where an estimate comes from, in the message bundle's words and the page's locale: the
 * hover text of a ≈ answer on the role page. A source the bundle has no words for yet (a fact
 * estimated in a new way) still names the O*NET occupation it comes from.
 */
final class EstimateSourceText {

  private static final String BUNDLE = "org.tacit.web.messages";
  private static final String FALLBACK = "estimate.source.onet";

  private final ResourceBundle messages;
  private final Locale locale;

  EstimateSourceText(Locale locale) {
    this.locale = locale;
    this.messages = ResourceBundle.getBundle(BUNDLE, locale);
  }

  String of(Estimate estimate) {
    String pattern;
    try {
      pattern = messages.getString(estimate.sourceKey());
    } catch (MissingResourceException e) {
      pattern = messages.getString(FALLBACK);
    }
    return new MessageFormat(pattern, locale).format(estimate.sourceArguments().toArray());
  }
}
