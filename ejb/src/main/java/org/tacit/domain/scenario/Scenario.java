package org.tacit.domain.scenario;

import static java.util.Objects.requireNonNull;

import java.time.YearMonth;
import java.util.List;

/**
 * The assumptions that turn scores into a substitution estimate, each visible and editable beside
 * its default and source, in the order of {@link ScenarioAssumption}, which names and words them
 * (docs/method.md, "From scores to a realistic substitution estimate"). Presets are in {@link
 * Scenarios}; an organisation copies one and edits it with the {@code with…} methods, each of which
 * checks the whole scenario again.
 *
 * @param horizonHours the task length, in a person's working hours, AI completes at 50 % success at
 *     {@code horizonMeasured}
 * @param doublingMonths how many months that horizon takes to double
 * @param realWorkShare the share of the benchmark's horizon that holds on real, messy work: METR
 *     measure well-specified, automatically scored tasks, and AI completes far less of real work
 * @param reliableHorizonShare the horizon at 80 % success as a share of the 50 % one
 * @param halfHorizonUpToErrorCost up to this {@code error_cost} the 50 % horizon suffices
 * @param reliableHorizonFromErrorCost from this {@code error_cost} on the 80 % horizon applies
 * @param captureOfFragments the share of freed hours that become removable FTE when they are
 *     scattered thinly over a role; it rises to all of them as the freed share of the role rises to
 *     all of it
 * @param adoptionYears years from the year a task becomes substitutable to its full use
 * @param firstYear the first calendar year covered
 * @param lastYear the last calendar year covered
 */
public record Scenario(
    String name,
    Assumption<Double> horizonHours,
    Assumption<YearMonth> horizonMeasured,
    Assumption<Double> doublingMonths,
    Assumption<Double> realWorkShare,
    Assumption<Double> reliableHorizonShare,
    Assumption<Integer> halfHorizonUpToErrorCost,
    Assumption<Integer> reliableHorizonFromErrorCost,
    Assumption<ContinualLearning> continualLearning,
    Assumption<Double> captureOfFragments,
    Assumption<Integer> adoptionYears,
    Assumption<Integer> firstYear,
    Assumption<Integer> lastYear) {

  /** Longer than this, a year-by-year estimate says more about its assumptions than the future. */
  public static final int MOST_YEARS = 30;

  public Scenario {
    require(name != null && !name.isBlank(), "name");
    requireNonNull(horizonMeasured, "horizonMeasured");
    requireNonNull(continualLearning, "continualLearning");
    double horizon = requireNonNull(horizonHours, "horizonHours").value();
    require(horizon > 0 && Double.isFinite(horizon), "horizon", horizon);
    double doubling = requireNonNull(doublingMonths, "doublingMonths").value();
    require(doubling > 0 && Double.isFinite(doubling), "doubling", doubling);
    double realWork = requireNonNull(realWorkShare, "realWorkShare").value();
    require(realWork > 0 && realWork <= 1, "realWork", realWork);
    double reliable = requireNonNull(reliableHorizonShare, "reliableHorizonShare").value();
    require(reliable > 0 && reliable <= 1, "reliable", reliable);
    int half = requireNonNull(halfHorizonUpToErrorCost, "halfHorizonUpToErrorCost").value();
    int full = requireNonNull(reliableHorizonFromErrorCost, "reliableHorizonFromErrorCost").value();
    require(half >= 1 && full <= 5 && half < full, "errorCost", half, full);
    double capture = requireNonNull(captureOfFragments, "captureOfFragments").value();
    require(capture >= 0 && capture <= 1, "capture", capture);
    int adoption = requireNonNull(adoptionYears, "adoptionYears").value();
    require(adoption >= 1, "adoption", adoption);
    int first = requireNonNull(firstYear, "firstYear").value();
    int last = requireNonNull(lastYear, "lastYear").value();
    // years as text, so that no language groups them ("2,030")
    require(first <= last, "years", String.valueOf(first), String.valueOf(last));
    require(last - first < MOST_YEARS, "tooManyYears", MOST_YEARS, last - first + 1);
  }

  /**
   * The scenario of {@code assumptions}, one per {@link ScenarioAssumption} in its order; each is
   * checked with the others.
   */
  @SuppressWarnings("unchecked")
  static Scenario of(String name, List<Assumption<?>> assumptions) {
    if (assumptions.size() != ScenarioAssumption.values().length) {
      throw new IllegalStateException(
          "A scenario has " + ScenarioAssumption.values().length + " assumptions.");
    }
    return new Scenario(
        name,
        (Assumption<Double>) assumptions.get(0),
        (Assumption<YearMonth>) assumptions.get(1),
        (Assumption<Double>) assumptions.get(2),
        (Assumption<Double>) assumptions.get(3),
        (Assumption<Double>) assumptions.get(4),
        (Assumption<Integer>) assumptions.get(5),
        (Assumption<Integer>) assumptions.get(6),
        (Assumption<ContinualLearning>) assumptions.get(7),
        (Assumption<Double>) assumptions.get(8),
        (Assumption<Integer>) assumptions.get(9),
        (Assumption<Integer>) assumptions.get(10),
        (Assumption<Integer>) assumptions.get(11));
  }

  public Scenario named(String other) {
    return new Scenario(
        other,
        horizonHours,
        horizonMeasured,
        doublingMonths,
        realWorkShare,
        reliableHorizonShare,
        halfHorizonUpToErrorCost,
        reliableHorizonFromErrorCost,
        continualLearning,
        captureOfFragments,
        adoptionYears,
        firstYear,
        lastYear);
  }

  public Scenario withHorizon(double hours, YearMonth measured) {
    return new Scenario(
        name,
        horizonHours.with(hours),
        horizonMeasured.with(measured),
        doublingMonths,
        realWorkShare,
        reliableHorizonShare,
        halfHorizonUpToErrorCost,
        reliableHorizonFromErrorCost,
        continualLearning,
        captureOfFragments,
        adoptionYears,
        firstYear,
        lastYear);
  }

  public Scenario withDoublingMonths(double months) {
    return new Scenario(
        name,
        horizonHours,
        horizonMeasured,
        doublingMonths.with(months),
        realWorkShare,
        reliableHorizonShare,
        halfHorizonUpToErrorCost,
        reliableHorizonFromErrorCost,
        continualLearning,
        captureOfFragments,
        adoptionYears,
        firstYear,
        lastYear);
  }

  public Scenario withRealWorkShare(double share) {
    return new Scenario(
        name,
        horizonHours,
        horizonMeasured,
        doublingMonths,
        realWorkShare.with(share),
        reliableHorizonShare,
        halfHorizonUpToErrorCost,
        reliableHorizonFromErrorCost,
        continualLearning,
        captureOfFragments,
        adoptionYears,
        firstYear,
        lastYear);
  }

  /**
   * Which error costs need which horizon: 50 % up to {@code halfUpTo}, 80 % from {@code
   * reliableFrom}.
   */
  public Scenario withReliability(double reliableShare, int halfUpTo, int reliableFrom) {
    return new Scenario(
        name,
        horizonHours,
        horizonMeasured,
        doublingMonths,
        realWorkShare,
        reliableHorizonShare.with(reliableShare),
        halfHorizonUpToErrorCost.with(halfUpTo),
        reliableHorizonFromErrorCost.with(reliableFrom),
        continualLearning,
        captureOfFragments,
        adoptionYears,
        firstYear,
        lastYear);
  }

  public Scenario withContinualLearning(ContinualLearning arrival) {
    return new Scenario(
        name,
        horizonHours,
        horizonMeasured,
        doublingMonths,
        realWorkShare,
        reliableHorizonShare,
        halfHorizonUpToErrorCost,
        reliableHorizonFromErrorCost,
        continualLearning.with(arrival),
        captureOfFragments,
        adoptionYears,
        firstYear,
        lastYear);
  }

  public Scenario withCaptureOfFragments(double share) {
    return new Scenario(
        name,
        horizonHours,
        horizonMeasured,
        doublingMonths,
        realWorkShare,
        reliableHorizonShare,
        halfHorizonUpToErrorCost,
        reliableHorizonFromErrorCost,
        continualLearning,
        captureOfFragments.with(share),
        adoptionYears,
        firstYear,
        lastYear);
  }

  public Scenario withAdoptionYears(int years) {
    return new Scenario(
        name,
        horizonHours,
        horizonMeasured,
        doublingMonths,
        realWorkShare,
        reliableHorizonShare,
        halfHorizonUpToErrorCost,
        reliableHorizonFromErrorCost,
        continualLearning,
        captureOfFragments,
        adoptionYears.with(years),
        firstYear,
        lastYear);
  }

  public Scenario withYears(int first, int last) {
    return new Scenario(
        name,
        horizonHours,
        horizonMeasured,
        doublingMonths,
        realWorkShare,
        reliableHorizonShare,
        halfHorizonUpToErrorCost,
        reliableHorizonFromErrorCost,
        continualLearning,
        captureOfFragments,
        adoptionYears,
        firstYear.with(first),
        lastYear.with(last));
  }

  /**
   * The share of a task's hours put to use in {@code year} when it became substitutable in {@code
   * since}: a straight line from 1 / {@code adoptionYears} in that first year to all of them.
   */
  public double adoption(int since, int year) {
    return year < since ? 0 : Math.min(1, (year - since + 1) / (double) adoptionYears.value());
  }

  /**
   * The share of a role's freed hours that become removable FTE, when {@code freedShare} of the
   * role's hours are freed: thin fragments give the capture of fragments, the whole role all of it.
   */
  public double capture(double freedShare) {
    double floor = captureOfFragments.value();
    return floor + (1 - floor) * freedShare;
  }

  /** Refuses the scenario with sentence {@code scenario.refused.<problem>} of the bundle. */
  private static void require(boolean condition, String problem, Object... facts) {
    if (!condition) {
      throw new ScenarioRefused(problem, facts);
    }
  }
}
