package org.tacit.web.inventory;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.tacit.application.inventory.ImportPreview.FactChange;
import org.tacit.domain.model.inventory.TaskFact;
import org.tacit.domain.model.inventory.imports.InventoryColumn;
import org.tacit.text.Words;
import org.tacit.web.shell.PageWords;

/**
 * An import's preview as a person reads it: {@code #{importWords.change(fact)}} says "Headcount
 * (FTE): 4 → 5" with the column's name from the bundle and the values in the reader's notation
 * (money in the organisation's currency, shares with a per cent sign, estimates marked). The
 * preview itself keeps the file's plain values, as the API gives them.
 */
@Named("importWords")
@RequestScoped
public class ImportWords {

  @Inject
  @ConfigProperty(name = "tacit.currency", defaultValue = "EUR")
  String currency;

  /** One fact, old → new; for a new role or task only the new value. */
  public String change(FactChange fact) {
    return change(fact, locale(), currency);
  }

  /** Every fact of a list, one after another. */
  public String changes(List<FactChange> facts) {
    return facts.stream().map(this::change).collect(Collectors.joining(" · "));
  }

  static String change(FactChange fact, Locale locale, String currency) {
    Words words = Words.in(locale);
    String label = label(fact.column(), words);
    String after = value(fact.column(), fact.after(), fact.afterEstimated(), locale, currency);
    if (fact.before() == null && fact.after() != null) {
      return words.text("import.change.new", label, after);
    }
    String before = value(fact.column(), fact.before(), fact.beforeEstimated(), locale, currency);
    return words.text("import.change.fact", label, before, after);
  }

  static String label(String column, Words words) {
    return TaskFact.ofColumn(column).isPresent()
        ? words.text("fact." + column)
        : words.textOr("import.column." + column, column);
  }

  static String value(
      String column, String value, boolean estimated, Locale locale, String currency) {
    Words words = Words.in(locale);
    if (value == null) {
      return words.text("import.change.blank");
    }
    String shown = shown(column, value, locale, currency);
    return estimated ? words.text("import.change.estimated", shown) : shown;
  }

  private static String shown(String column, String value, Locale locale, String currency) {
    if (column.equals(InventoryColumn.ROLE_ANNUAL_COST.header())) {
      return PageWords.money(new BigDecimal(value), locale, currency);
    }
    boolean share = column.equals(InventoryColumn.TASK_TIME_SHARE_PCT.header());
    if (share
        || column.equals(InventoryColumn.ROLE_HEADCOUNT.header())
        || TaskFact.ofColumn(column).isPresent()) {
      NumberFormat number = NumberFormat.getNumberInstance(locale);
      number.setMaximumFractionDigits(2);
      String shown = number.format(new BigDecimal(value));
      return share ? shown + " %" : shown;
    }
    return value;
  }

  private static Locale locale() {
    FacesContext faces = FacesContext.getCurrentInstance();
    return faces == null || faces.getViewRoot() == null
        ? Locale.ENGLISH
        : faces.getViewRoot().getLocale();
  }
}
