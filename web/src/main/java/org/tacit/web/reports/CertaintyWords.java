package org.tacit.web.reports;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.format.TextStyle;
import java.util.Locale;
import org.tacit.application.reports.SubstitutionReport.Range;
import org.tacit.application.reports.SubstitutionReport.Swing;
import org.tacit.application.scenarios.RealWorkComparison;
import org.tacit.look.Shares;

/**
 * How sure a figure is, in words, as {@code #{certainty.range(range, view.locale)}}: a headline's
 * range across the presets ("4–31 % across the presets"), an assumption swung to its cautious and
 * fast values ("Years to full use: 8 | 3"), and a scenario's rule against real work.
 */
@Named("certainty")
@ApplicationScoped
public class CertaintyWords {

  /** A share with one decimal, as the sensitivity compares close values: 35.2 %, 2.8 %. */
  public String percent(Double share, Locale locale) {
    return Shares.precise(share, locale);
  }

  public String range(Range range, Locale locale) {
    return range == null
        ? ""
        : ReportWords.text(
            locale,
            "range.text",
            ReportWords.percent(locale, range.low()),
            ReportWords.percent(locale, range.high()));
  }

  /** Which presets give the ends of the range, for the range's title. */
  public String rangeTitle(Range range, int year, Locale locale) {
    return range == null
        ? ""
        : ReportWords.text(
            locale, "range.title", range.lowScenario(), range.highScenario(), String.valueOf(year));
  }

  public String swing(Swing swing, Locale locale) {
    return ReportWords.text(
        locale,
        "swing.label",
        ReportWords.textOr(locale, "swing." + swing.swing(), swing.assumption()),
        value(swing.cautiousValue(), locale),
        value(swing.fastValue(), locale));
  }

  /**
   * An assumption's value as the reader writes it: "0,25" in German, a year as it stands, "never"
   * in the reader's language; a value of another kind as it comes.
   */
  static String value(String value, Locale locale) {
    if ("never".equals(value)) {
      return ReportWords.text(locale, "board.setting.never");
    }
    try {
      NumberFormat format = NumberFormat.getNumberInstance(locale);
      format.setGroupingUsed(false);
      format.setMaximumFractionDigits(3);
      return format.format(new BigDecimal(value));
    } catch (NumberFormatException | NullPointerException notANumber) {
      return value;
    }
  }

  /**
   * "“Base”: this scenario's rule gives 2.8 % of work like the Remote Labor Index's (…) done; …".
   */
  public String realWork(RealWorkComparison check, Locale locale) {
    String benchmark = check.work().replaceFirst(",.*$", "");
    String when =
        check.measured().getMonth().getDisplayName(TextStyle.FULL, locale)
            + " "
            + check.measured().getYear();
    return ReportWords.text(
        locale,
        "realWork.line",
        check.scenarioName(),
        ReportWords.percent(locale, check.predicted()),
        benchmark,
        ReportWords.decimal(locale, check.typicalHours()),
        ReportWords.text(locale, "realWork.errorCost." + check.errorCost()),
        when,
        abbreviation(benchmark),
        ReportWords.percent(locale, check.measuredRate()),
        check.holds() ? 1 : 0);
  }

  /** "Remote Labor Index" → "RLI". */
  static String abbreviation(String name) {
    StringBuilder initials = new StringBuilder();
    for (String word : name.split("\\s+")) {
      if (!word.isEmpty() && Character.isUpperCase(word.charAt(0))) {
        initials.append(word.charAt(0));
      }
    }
    return initials.length() > 1 ? initials.toString() : name;
  }
}
