package org.tacit.infrastructure.reports;

import org.tacit.domain.report.BoardReport;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

/**
 * Numbers and dates as the reader writes them: percentages with one decimal, FTE with one, hours
 * and cost whole, with the locale's grouping and decimal signs. A figure the report cannot have
 * (null) prints as a dash. Not thread-safe: one per document.
 */
final class Formats {

  static final String NONE = "–";

  private final Locale locale;
  private final NumberFormat percent;
  private final NumberFormat roundPercent;
  private final NumberFormat oneDecimal;
  private final NumberFormat whole;
  private final NumberFormat plain;

  Formats(Locale locale) {
    this.locale = locale;
    this.percent = NumberFormat.getPercentInstance(locale);
    percent.setMinimumFractionDigits(1);
    percent.setMaximumFractionDigits(1);
    this.roundPercent = NumberFormat.getPercentInstance(locale);
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

  String share(Double share) {
    return share == null ? NONE : percent.format(share);
  }

  /** A share in whole percent, where a line must stay short: "40%". */
  String roundShare(Double share) {
    return share == null ? NONE : roundPercent.format(share);
  }

  /** A range of shares, "4.0%–31.0%"; one share where both ends agree, a dash where either is unknown. */
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
