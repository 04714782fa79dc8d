package org.tacit.web.inventory;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.tacit.domain.model.inventory.TaskFact;
import org.tacit.text.Words;

/**
 * A fact as the role page's answer grid names it, wherever a page names one: {@code
 * #{facts.label('tacit_context')}} reads "Context", and {@code #{facts.named(change.before())}}
 * puts those names in place of the stored column names in a recorded change ("tacit_context 4"
 * reads "Context 4"), so no reader meets an internal name.
 */
@Named("facts")
@ApplicationScoped
public class FactNames {

  /**
   * A stored name is followed by its answer ("novelty 3"): a word of a task's statement is left
   * alone.
   */
  private static final Pattern COLUMN = Pattern.compile("\\b[a-z]+(?:_[a-z]+)*(?= \\d)");

  public String label(String column) {
    return label(column, locale());
  }

  /** What the fact asks, as the grid's header help says it. */
  public String question(String column) {
    return column == null ? "" : Words.in(locale()).textOr("fact." + column + ".question", "");
  }

  public String named(String text) {
    return named(text, locale());
  }

  static String label(String column, Locale locale) {
    return column == null ? "" : Words.in(locale).textOr("fact." + column, column);
  }

  static String named(String text, Locale locale) {
    if (text == null || text.isEmpty()) {
      return text;
    }
    Words words = Words.in(locale);
    Matcher word = COLUMN.matcher(text);
    StringBuilder named = new StringBuilder();
    while (word.find()) {
      String name = word.group();
      String replacement = TaskFact.ofColumn(name).isPresent() ? words.text("fact." + name) : name;
      word.appendReplacement(named, Matcher.quoteReplacement(replacement));
    }
    return word.appendTail(named).toString();
  }

  private static Locale locale() {
    FacesContext faces = FacesContext.getCurrentInstance();
    return faces == null || faces.getViewRoot() == null
        ? Locale.ENGLISH
        : faces.getViewRoot().getLocale();
  }
}
