package org.tacit.infrastructure.imports;

import java.math.BigDecimal;
import java.math.MathContext;
import org.apache.poi.ss.usermodel.DataFormatter;

/**
 * Numeric cells as the plain decimal text the contract reads: {@code 3}, not {@code 3.0} or {@code
 * 3.00 €}; {@code 0.0001}, not {@code 1E-4}. Numbers are rounded to the 15 significant digits a
 * spreadsheet shows, so that {@code 0.1 + 0.2} reads as {@code 0.3}. A cell formatted as a
 * percentage reads as the number the person sees ({@code 25%} is 25), because that is what they
 * meant to type into a percentage column. Dates read as their serial number: no column is a date.
 */
final class PlainNumbers extends DataFormatter {

  private static final MathContext SPREADSHEET_PRECISION = new MathContext(15);

  @Override
  public String formatRawCellContents(double value, int formatIndex, String formatString) {
    return plain(isPercentage(formatString) ? value * 100 : value);
  }

  static String plain(double value) {
    if (Double.isNaN(value) || Double.isInfinite(value)) {
      return String.valueOf(value);
    }
    BigDecimal rounded =
        BigDecimal.valueOf(value).round(SPREADSHEET_PRECISION).stripTrailingZeros();
    return rounded.toPlainString();
  }

  /** A % outside quoted literals and escapes scales the shown value by 100. */
  private static boolean isPercentage(String formatString) {
    return formatString != null && formatString.replaceAll("\"[^\"]*\"|\\\\.", "").contains("%");
  }
}
