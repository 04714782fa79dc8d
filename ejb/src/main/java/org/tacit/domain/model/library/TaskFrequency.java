package org.tacit.domain.model.library;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.Map;
import java.util.Optional;

/**
 * O*NET asks incumbents how often they perform a task (scale FT) in seven categories, from "yearly
 * or less" to "hourly or more". Tacit turns the answers into one number, the expected occurrences
 * per workday, with a year of 260 workdays: category weights 1/260, 2/260, 12/260, 52/260, 1, 3 and
 * 8, each weighted by the share of incumbents who chose it.
 */
public final class TaskFrequency {

  private static final BigDecimal WORKDAYS = BigDecimal.valueOf(260);
  private static final BigDecimal[] PER_WORKDAY = {
    ratio(1),
    ratio(2),
    ratio(12),
    ratio(52),
    BigDecimal.ONE,
    BigDecimal.valueOf(3),
    BigDecimal.valueOf(8)
  };

  /** Six decimals keep a once-a-year task (0.003846) apart from never. */
  private static final int SCALE = 6;

  private TaskFrequency() {}

  /**
   * Expected occurrences per workday from the percentages of incumbents per category (1–7).
   * Percentages are normalised by their sum, since published ones rarely add up to exactly 100;
   * empty when no one answered.
   */
  public static Optional<BigDecimal> perWorkday(Map<Integer, BigDecimal> percentByCategory) {
    BigDecimal total = BigDecimal.ZERO;
    BigDecimal weighted = BigDecimal.ZERO;
    for (var entry : percentByCategory.entrySet()) {
      int category = entry.getKey();
      if (category < 1 || category > PER_WORKDAY.length) {
        throw new IllegalArgumentException(
            "Task frequency categories are 1 to 7 (got " + category + ").");
      }
      total = total.add(entry.getValue());
      weighted = weighted.add(entry.getValue().multiply(PER_WORKDAY[category - 1]));
    }
    return total.signum() <= 0
        ? Optional.empty()
        : Optional.of(
            weighted.divide(total, MathContext.DECIMAL64).setScale(SCALE, RoundingMode.HALF_UP));
  }

  private static BigDecimal ratio(int perYear) {
    return BigDecimal.valueOf(perYear).divide(WORKDAYS, MathContext.DECIMAL64);
  }
}
