package org.tacit.infrastructure.reports;

import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import org.tacit.domain.report.BoardReport;
import org.tacit.look.Shares;
import org.tacit.text.Words;

/**
 * Words, numbers and dates as the reader writes them: the board's sentences from the message bundle
 * ({@code board.*} keys) in the reader's language, shares as the Reports page rounds them ({@link
 * Shares}), FTE with one decimal, hours and cost whole, with the locale's grouping and decimal
 * signs. A figure the report cannot have (null) prints as a dash. Not thread-safe: one per
 * document.
 */
final class Formats {

  static final String NONE = Shares.NONE;

  private final Locale locale;
  private final Words words;
  private final NumberFormat oneDecimal;
  private final NumberFormat whole;
  private final NumberFormat plain;

  Formats(Locale locale) {
    this.locale = locale;
    this.words = Words.in(locale);
    this.oneDecimal = NumberFormat.getNumberInstance(locale);
    oneDecimal.setMinimumFractionDigits(1);
    oneDecimal.setMaximumFractionDigits(1);
    this.whole = NumberFormat.getIntegerInstance(locale);
    this.plain = NumberFormat.getNumberInstance(locale);
    plain.setMaximumFractionDigits(2);
  }

  Locale locale() {
    return locale;
  }

  /**
   * The bundle's sentence {@code board.<key>}, filled with {@code arguments} (figures already
   * written).
   */
  String text(String key, Object... arguments) {
    return words.text("board." + key, arguments);
  }

  /** A rule's direction, "for" or "against", in the report's language. */
  String direction(String direction) {
    return words.text("rule.direction." + direction);
  }

  /** A year as a word, never grouped as a number would be ("2030", not "2,030"). */
  static String year(int year) {
    return Integer.toString(year);
  }

  /** "35%", "8.6%": whole percent from 10 %, one decimal below, as on the Reports page. */
  String share(Double share) {
    return Shares.of(share, locale);
  }

  /** "35.2%": one decimal whatever the size, where close values are compared (the sensitivity). */
  String preciseShare(Double share) {
    return Shares.precise(share, locale);
  }

  /**
   * A range of shares, "4.5%–31%"; one share where both ends agree, a dash where either is unknown.
   */
  String range(BoardReport.Range range) {
    if (range == null || range.low() == null || range.high() == null) {
      return NONE;
    }
    String low = share(range.low());
    String high = share(range.high());
    return low.equals(high) ? low : low + "–" + high;
  }

  String fte(Double fte) {
    return fte == null ? NONE : oneDecimal.format(fte);
  }

  String hours(Double hours) {
    return hours == null ? NONE : whole.format(Math.round(hours));
  }

  String cost(Double cost) {
    return cost == null ? NONE : whole.format(Math.round(cost));
  }

  /** A score on the 0–100 scale of an axis. */
  String score(Double score) {
    return score == null ? NONE : whole.format(Math.round(score));
  }

  /** A setting such as a weight or threshold: as many decimals as it has, up to two. */
  String plain(double value) {
    return plain.format(value);
  }

  /** A month as the reader writes it: "October 2025", "Oktober 2025". */
  String month(YearMonth month) {
    return DateTimeFormatter.ofPattern("LLLL yyyy", locale).format(month);
  }

  String date(LocalDate date) {
    return DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale).format(date);
  }
}
