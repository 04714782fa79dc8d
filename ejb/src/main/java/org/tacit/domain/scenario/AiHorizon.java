package org.tacit.domain.scenario;

import java.time.YearMonth;
import java.time.temporal.ChronoUnit;

/**
 * The length of task AI completes on real work, year by year, at the reliability a task's error
 * cost demands, and the chance it does a task of a given length right. A year counts with the
 * horizon reached by its end.
 *
 * <p>The benchmark's 50 % horizon grows from its measured value by the scenario's doubling time; on
 * real, messy work only the scenario's real-work share of it holds. Between the error cost up to
 * which the 50 % horizon suffices and the one from which the 80 % horizon applies, each level moves
 * the same factor along the way (a geometric interpolation, as task length is counted by doublings
 * in {@code AUTO-LENGTH}). An unknown error cost counts as the middle level, 3.
 *
 * <p>Success falls with length as METR fitted it: a logistic curve in log₂ length, 50 % at the 50 %
 * horizon and 80 % at the 80 % one, so its slope is ln 4 per the doublings between the two. A
 * task's substitutable share follows the same curve centred on the horizon its error cost needs:
 * half of a task exactly that long, more of a shorter one, less of a longer one. A hard cut-off
 * would turn a task from 0 to 100 % substitutable in one year; the curve spreads it over the
 * doublings the evidence spreads it over.
 */
public final class AiHorizon {

  /** The level an unknown {@code error_cost} counts as. */
  public static final int UNKNOWN_ERROR_COST = 3;

  private static final double LOGIT_80 = Math.log(4);

  private final Scenario scenario;

  /**
   * The curve's exponent: e^(−slope × log₂ x) = x^(−slope / ln 2), one power instead of a log and
   * an exp.
   */
  private final double exponent;

  public AiHorizon(Scenario scenario) {
    this.scenario = scenario;
    this.exponent = slopePerDoubling() / Math.log(2);
  }

  /** The benchmark's 50 % horizon, in hours, reached by the end of {@code year}. */
  public double benchmarkHours(int year) {
    return benchmarkHours(YearMonth.of(year + 1, 1));
  }

  /** The benchmark's 50 % horizon, in hours, at the start of {@code month}. */
  public double benchmarkHours(YearMonth month) {
    long months = ChronoUnit.MONTHS.between(scenario.horizonMeasured().value(), month);
    return scenario.horizonHours().value()
        * Math.pow(2, months / scenario.doublingMonths().value());
  }

  /** The 50 % horizon on real work, in hours, reached by the end of {@code year}. */
  public double fiftyPercentHours(int year) {
    return benchmarkHours(year) * scenario.realWorkShare().value();
  }

  /**
   * The share of the 50 % horizon a task of this error cost (1–5, or null when unknown) may use.
   */
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
    return Math.pow(
        scenario.reliableHorizonShare().value(), (level - half) / (double) (full - half));
  }

  /**
   * The horizon on real work, in hours, a task of this error cost may use by the end of {@code
   * year}.
   */
  public double hours(Integer errorCost, int year) {
    return fiftyPercentHours(year) * reliabilityShare(errorCost);
  }

  /**
   * How steeply success falls per doubling of task length: ln 4 over the doublings from the 80 %
   * horizon to the 50 % one; infinite (a hard cut-off) when the two are the same.
   */
  public double slopePerDoubling() {
    double doublings = -Math.log(scenario.reliableHorizonShare().value()) / Math.log(2);
    return doublings > 0 ? LOGIT_80 / doublings : Double.POSITIVE_INFINITY;
  }

  /**
   * The share of a task of this length and error cost AI can take over by the end of {@code year}.
   */
  public double substitutableShare(double lengthHours, Integer errorCost, int year) {
    return share(hours(errorCost, year), lengthHours);
  }

  /**
   * The share of a task of this length and error cost AI can take over at the start of {@code
   * month}: what a dated measurement of real work (such as the Remote Labor Index) is checked
   * against.
   */
  public double substitutableShare(double lengthHours, Integer errorCost, YearMonth month) {
    return share(
        benchmarkHours(month) * scenario.realWorkShare().value() * reliabilityShare(errorCost),
        lengthHours);
  }

  /** The share of a task of {@code lengthHours} AI can take over against {@code horizonHours}. */
  double share(double horizonHours, double lengthHours) {
    double ratio = horizonHours / lengthHours;
    if (Double.isInfinite(exponent)) {
      return ratio >= 1 ? 1 : 0;
    }
    return 1 / (1 + Math.pow(ratio, -exponent));
  }
}
