package org.tacit.domain.model.inventory;

import java.math.BigDecimal;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Numbers as people type them into spreadsheets. A point is the decimal separator; a comma is one
 * too when there is no point, because European spreadsheets export {@code 2,5}. Thousands
 * separators and exponents are refused rather than guessed: {@code 1.234,5} is a problem, and
 * {@code 1,234} reads as 1.234.
 */
public final class SpreadsheetNumber {

  private static final Pattern WITH_POINT = Pattern.compile("[+-]?(\\d+(\\.\\d*)?|\\.\\d+)");
  private static final Pattern WITH_COMMA = Pattern.compile("[+-]?(\\d+(,\\d*)?|,\\d+)");

  private SpreadsheetNumber() {}

  /** The number in the text, or empty when the text is not a plain decimal number. */
  public static Optional<BigDecimal> parse(String text) {
    String trimmed = text.strip();
    if (WITH_POINT.matcher(trimmed).matches()) {
      return Optional.of(normalise(new BigDecimal(trimmed)));
    }
    if (WITH_COMMA.matcher(trimmed).matches()) {
      return Optional.of(normalise(new BigDecimal(trimmed.replace(',', '.'))));
    }
    return Optional.empty();
  }

  /**
   * One number, one representation: {@code 3}, {@code 3.0} and {@code 3,00} are the same answer, so
   * that re-importing an exported file changes nothing.
   */
  /**
   * Equal amounts, whatever their scale ({@code 2.50} is {@code 2.5}); unknown equals only unknown.
   */
  public static boolean same(BigDecimal a, BigDecimal b) {
    return a == null ? b == null : b != null && a.compareTo(b) == 0;
  }

  public static BigDecimal normalise(BigDecimal value) {
    BigDecimal stripped = value.stripTrailingZeros();
    return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
  }
}
