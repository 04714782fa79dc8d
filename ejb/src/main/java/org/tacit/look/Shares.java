package org.tacit.look;

import java.math.RoundingMode;
import java.text.NumberFormat;
import java.util.Locale;

/**
 * A share of the working hours as a reader reads it, on the page and in the board PDF alike: whole
 * percent from 10 % ("35 %"), one decimal below ("8.6 %", "0.5 %"), so a small share never reads as
 * 0 % and a large one carries no false precision. Where close values are compared (how far one
 * assumption moves the headline) every share keeps one decimal: {@link #precise}. Digits, decimal
 * sign and the space before % follow the reader's locale; a share nobody can have is a dash.
 */
public final class Shares {

  /** What a share that cannot be computed (no hours in scope) reads as. */
  public static final String NONE = "–";

  private static final double ONE_DECIMAL_BELOW = 0.1;

  private Shares() {}

  /** "35%", "8.6%", "0.5%"; "35 %", "8,6 %" in German. */
  public static String of(Double share, Locale locale) {
    if (share == null) {
      return NONE;
    }
    double tenthsOfPercent = Math.round(share * 1000) / 1000.0;
    boolean small = tenthsOfPercent != 0 && Math.abs(tenthsOfPercent) < ONE_DECIMAL_BELOW;
    return format(locale, small ? 1 : 0, 0).format(share);
  }

  /**
   * "35.2%", "2.8%": one decimal whatever the size, for values that differ by less than a percent.
   */
  public static String precise(Double share, Locale locale) {
    return share == null ? NONE : preciseFormat(locale).format(share);
  }

  /** The format of {@link #precise}, for a chart that formats its own labels. */
  public static NumberFormat preciseFormat(Locale locale) {
    return format(locale, 1, 1);
  }

  private static NumberFormat format(Locale locale, int maxDecimals, int minDecimals) {
    NumberFormat format = NumberFormat.getPercentInstance(locale);
    format.setMaximumFractionDigits(maxDecimals);
    format.setMinimumFractionDigits(minDecimals);
    format.setRoundingMode(RoundingMode.HALF_UP);
    return format;
  }
}
