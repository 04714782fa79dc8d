package org.tacit.web.reports;

import java.text.NumberFormat;
import java.util.Locale;
import org.tacit.look.Shares;
import org.tacit.text.Words;

/**
 * The message bundle's sentences for the reports, with numbers written as the reader's locale
 * writes them: shares as the board PDF rounds them too ({@link Shares}: a decimal below 10 %, so a
 * small share never reads as 0 %), hours as whole hours.
 */
final class ReportWords {

  private ReportWords() {}

  /** The bundle's pattern {@code key} filled with {@code arguments}. */
  static String text(Locale locale, String key, Object... arguments) {
    return Words.in(locale).text(key, arguments);
  }

  /** The bundle's text for {@code key}, or {@code otherwise} when it has none. */
  static String textOr(Locale locale, String key, String otherwise) {
    return Words.in(locale).textOr(key, otherwise);
  }

  static String percent(Locale locale, Double share) {
    return Shares.of(share, locale);
  }

  /** A number with at most one decimal: 11.5. */
  static String decimal(Locale locale, double value) {
    NumberFormat format = NumberFormat.getNumberInstance(locale);
    format.setMaximumFractionDigits(1);
    return format.format(value);
  }

  static String hours(Locale locale, double hours) {
    return NumberFormat.getIntegerInstance(locale).format(Math.round(hours));
  }
}
