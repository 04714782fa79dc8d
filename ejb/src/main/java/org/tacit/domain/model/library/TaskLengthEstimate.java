package org.tacit.domain.model.library;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.Optional;

/**
 * A task's typical length, in hours, estimated from what the inventory and O*NET already say: the
 * hours a year the task takes (its share of the role's time × the hours one FTE works a year)
 * divided by how often it is done a year (O*NET's frequency, scale FT, as expected occurrences per
 * workday × 260 workdays; {@link TaskFrequency}). A daily task that takes 5 % of 1,720 hours is 86
 * h ÷ 260 ≈ 0.33 h; a weekly one at 10 % is 172 h ÷ 52 ≈ 3.3 h.
 *
 * <p>The result is bounded to {@link #SHORTEST}–{@link #LONGEST}: below six minutes a piece of work
 * is a step, not a task anyone hands to an agent, and O*NET's top category ("hourly or more") only
 * says "at least hourly"; above a working week a task done "yearly or less" is a project of many
 * sittings, and its one yearly occurrence is O*NET's floor, not a count. Where O*NET has no
 * frequency for the task, or the task has no time share, there is no estimate: a length is never
 * invented. The weaknesses are in docs/method.md ("Task length from O*NET frequency").
 */
public final class TaskLengthEstimate {

  /** Six minutes: shorter is a step of a task, not a task. */
  public static final BigDecimal SHORTEST = new BigDecimal("0.10");

  /** A working week: longer, a once-a-year task is a project, not one sitting. */
  public static final BigDecimal LONGEST = new BigDecimal("40.00");

  private static final BigDecimal WORKDAYS = BigDecimal.valueOf(260);
  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  private TaskLengthEstimate() {}

  /**
   * @param timeSharePct the task's share of the role's time, 0–100; null when unknown
   * @param annualHoursPerFte the hours one FTE works a year
   * @param perWorkday O*NET's expected occurrences per workday; empty when O*NET has no frequency
   * @return the length in hours to two decimals, within the bounds; empty when either is unknown or
   *     the task takes no time
   */
  public static Optional<BigDecimal> hours(
      BigDecimal timeSharePct, double annualHoursPerFte, Optional<BigDecimal> perWorkday) {
    if (timeSharePct == null
        || timeSharePct.signum() <= 0
        || perWorkday.isEmpty()
        || perWorkday.get().signum() <= 0) {
      return Optional.empty();
    }
    BigDecimal yearlyHours =
        timeSharePct
            .multiply(BigDecimal.valueOf(annualHoursPerFte))
            .divide(HUNDRED, MathContext.DECIMAL64);
    BigDecimal perYear = perWorkday.get().multiply(WORKDAYS);
    BigDecimal length = yearlyHours.divide(perYear, MathContext.DECIMAL64);
    return Optional.of(length.max(SHORTEST).min(LONGEST).setScale(2, RoundingMode.HALF_UP));
  }
}
