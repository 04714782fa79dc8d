package org.tacit.domain.scenario;

import java.time.YearMonth;
import java.time.temporal.ChronoUnit;

/**
 * The length of task AI completes, year by year, at the reliability a task's error cost demands.
 * A year counts with the horizon reached by its end: a task the horizon reaches during the year is
 * substitutable in that year, and its adoption starts then.
 *
 * <p>Between the error cost up to which the 50 % horizon suffices and the one from which the 80 %
 * horizon applies, each level moves the same factor along the way (a geometric interpolation, as
 * task length is counted by doublings in {@code AUTO-LENGTH}). An unknown error cost counts as the
 * middle level, 3: neither the cheapest mistake nor the costliest.
 */
public final class AiHorizon {

  /** The level an unknown {@code error_cost} counts as. */
  public static final int UNKNOWN_ERROR_COST = 3;

  private final Scenario scenario;

  public AiHorizon(Scenario scenario) {
    this.scenario = scenario;
  }

  /** The 50 % horizon, in hours, reached by the end of {@code year}. */
  public double fiftyPercentHours(int year) {
    YearMonth measured = scenario.horizonMeasured().value();
    long months = ChronoUnit.MONTHS.between(measured, YearMonth.of(year + 1, 1));
    return scenario.horizonHours().value() * Math.pow(2, months / scenario.doublingMonths().value());
  }

  /** The share of the 50 % horizon a task of this error cost (1–5, or null when unknown) may use. */
  public double reliabilityShare(Integer errorCost) {
    int level = errorCost == null ? UNKNOWN_ERROR_COST : errorCost;
    int half = scenario.halfHorizonUpToErrorCost().value();
    int full = scenario.reliableHorizonFromErrorCost().value();
    if (level <= half) {
      return 1;
    }
    if (level >= full) {
      return scenario.reliableHorizonShare().value();
    }
    return Math.pow(scenario.reliableHorizonShare().value(), (level - half) / (double) (full - half));
  }

  /** The horizon, in hours, a task of this error cost may use by the end of {@code year}. */
  public double hours(Integer errorCost, int year) {
    return fiftyPercentHours(year) * reliabilityShare(errorCost);
  }
}
