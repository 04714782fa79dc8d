package org.tacit.domain.scenario;

import static java.util.Objects.requireNonNull;

import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.List;
import java.util.OptionalDouble;

/**
 * The exponential trend of the 50 % horizon fitted to measured points, as METR fit theirs: a
 * least-squares line of log2(hours) against time, whose slope is doublings a month. The line is
 * pinned at the latest point's month, so a scenario can start from {@code hoursAt} in {@code at}
 * and double every {@code doublingMonths}.
 *
 * @param hoursAt the fitted 50 % horizon, in hours, in month {@code at}
 * @param at the latest point's month
 * @param from the earliest point's month
 * @param to the latest point's month, the same as {@code at}
 * @param points how many points the line was fitted to
 */
public record HorizonTrend(
    double hoursAt, YearMonth at, double doublingMonths, YearMonth from, YearMonth to, int points) {

  public HorizonTrend {
    requireNonNull(at, "at");
    requireNonNull(from, "from");
    requireNonNull(to, "to");
    if (!(Double.isFinite(hoursAt) && hoursAt > 0)) {
      throw new IllegalArgumentException(
          "A trend's horizon is a number of hours above 0, not " + hoursAt + ".");
    }
    if (!(Double.isFinite(doublingMonths) && doublingMonths > 0)) {
      throw new IllegalArgumentException(
          "A trend that does not rise has no doubling time (" + doublingMonths + " months).");
    }
    if (points < 2 || from.isAfter(to)) {
      throw new IllegalArgumentException(
          "A trend is fitted to at least two points, from its first month to its last.");
    }
  }

  /**
   * The least-squares line through every point given: the caller chooses which (the frontier models
   * METR fit). Needs two points at two different months at least, and a line that rises.
   */
  public static HorizonTrend fit(List<HorizonPoint> points) {
    requireNonNull(points, "points");
    YearMonth first =
        points.stream().map(HorizonPoint::measured).min(Comparator.naturalOrder()).orElse(null);
    YearMonth last =
        points.stream().map(HorizonPoint::measured).max(Comparator.naturalOrder()).orElse(null);
    if (points.size() < 2 || first.equals(last)) {
      throw new IllegalArgumentException(
          "A trend needs at least two measured points at two different months, not "
              + points.size()
              + " point"
              + (points.size() == 1 ? "" : "s")
              + (points.size() > 1 ? " in one month" : "")
              + ".");
    }
    double meanMonths =
        points.stream().mapToDouble(p -> months(last, p.measured())).average().orElseThrow();
    double meanLog =
        points.stream().mapToDouble(p -> log2(p.fiftyPercentHours())).average().orElseThrow();
    double covariance = 0;
    double variance = 0;
    for (HorizonPoint point : points) {
      double dx = months(last, point.measured()) - meanMonths;
      covariance += dx * (log2(point.fiftyPercentHours()) - meanLog);
      variance += dx * dx;
    }
    double doublingsPerMonth = covariance / variance;
    double logAtLast = meanLog - doublingsPerMonth * meanMonths; // the line at month 0, the latest
    return new HorizonTrend(
        Math.pow(2, logAtLast), last, 1 / doublingsPerMonth, first, last, points.size());
  }

  /** The line fitted to the points measured in {@code since} or later only: the recent pace. */
  public static HorizonTrend fit(List<HorizonPoint> points, YearMonth since) {
    requireNonNull(since, "since");
    return fit(points.stream().filter(p -> !p.measured().isBefore(since)).toList());
  }

  /**
   * The median of the 80 % horizon as a share of the 50 % one, over the points that publish both;
   * empty when none does.
   */
  public static OptionalDouble reliableShare(List<HorizonPoint> points) {
    double[] shares =
        points.stream()
            .map(HorizonPoint::reliableShare)
            .filter(OptionalDouble::isPresent)
            .mapToDouble(OptionalDouble::getAsDouble)
            .sorted()
            .toArray();
    if (shares.length == 0) {
      return OptionalDouble.empty();
    }
    int middle = shares.length / 2;
    return OptionalDouble.of(
        shares.length % 2 == 1 ? shares[middle] : (shares[middle - 1] + shares[middle]) / 2);
  }

  /** The 50 % horizon, in hours, the fitted line gives for {@code month}. */
  public double fiftyPercentHours(YearMonth month) {
    return hoursAt * Math.pow(2, months(at, month) / doublingMonths);
  }

  private static double months(YearMonth from, YearMonth to) {
    return ChronoUnit.MONTHS.between(from, to);
  }

  private static double log2(double value) {
    return Math.log(value) / Math.log(2);
  }
}
