package org.tacit.domain.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.YearMonth;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.tacit.domain.scoring.TaskClass;

class AiHorizonTest {

  /** The former constant defaults, all of the benchmark holding on real work: hand-computable. */
  private static final Scenario FIXED =
      Scenarios.base(2025)
          .withHorizon(1, YearMonth.of(2025, 3))
          .withDoublingMonths(7)
          .withRealWorkShare(1);

  private static final AiHorizon BASE = new AiHorizon(FIXED);

  /** 1 h in March 2025, doubling every 7 months, counted to the end of each year. */
  @ParameterizedTest(name = "by the end of {0}: {1} months, {2} h")
  @CsvSource({
    "2025, 10, 2.6918", // 2^(10/7)
    "2026, 22, 8.8327", // 2^(22/7)
    "2027, 34, 28.9832", // 2^(34/7)
    "2030, 70, 1024"
  }) // ten doublings
  void theFiftyPercentHorizonDoublesEverySevenMonthsFromOneHourInMarch2025(
      int year, int months, double hours) {
    assertThat(BASE.fiftyPercentHours(year))
        .isCloseTo(Math.pow(2, months / 7.0), within(1e-9))
        .isCloseTo(hours, within(1e-4));
  }

  @ParameterizedTest(name = "error cost {0}: {1} of the 50 % horizon")
  @CsvSource(
      nullValues = "-",
      value = {"1, 1", "2, 1", "3, 0.4472136", "4, 0.2", "5, 0.2", "-, 0.4472136"})
  void errorCostSetsTheShareOfTheFiftyPercentHorizonATaskMayUse(Integer errorCost, double share) {
    assertThat(BASE.reliabilityShare(errorCost)).isCloseTo(share, within(1e-7));
  }

  /**
   * A 4 h task under the base scenario. Error cost 1–2: the 50 % horizon passes 4 h in 2026 (2.69 h
   * by the end of 2025, 8.83 h by the end of 2026). Error cost 3: √0.2 × 8.83 = 3.95 h by the end
   * of 2026, just short; 12.96 h in 2027. Error cost 4–5: the 80 % horizon is 0.2 × 8.83 = 1.77 h
   * in 2026 and 0.2 × 28.98 = 5.80 h in 2027. Cautious (doubling every 12 months, 80 % from error
   * cost 3, √0.2 at 2): 2^(34/12) = 7.13 h by 2027; √0.2 × 2^(46/12) = 6.37 h by 2028; 0.2 ×
   * 2^(58/12) = 5.70 h by 2029 (0.2 × 14.25 = 2.85 h in 2028).
   */
  @ParameterizedTest(name = "{0}, error cost {1}: mostly substitutable from {2}")
  @CsvSource(
      nullValues = "-",
      value = {
        "base, 1, 2026",
        "base, 2, 2026",
        "base, 3, 2027",
        "base, -, 2027",
        "base, 4, 2027",
        "base, 5, 2027",
        "cautious, 1, 2027",
        "cautious, 2, 2028",
        "cautious, 3, 2029",
        "cautious, 5, 2029"
      })
  void aFourHourTaskIsMostlySubstitutableFromTheYearItsHorizonPassesFourHours(
      String scenario, Integer errorCost, int year) {
    Scenario chosen =
        scenario.equals("base") ? FIXED : FIXED.withDoublingMonths(12).withReliability(0.2, 1, 3);
    ScoredTask fourHours =
        new ScoredTask(1, 1, 20.0, 80.0, TaskClass.AUTOMATABLE, 4.0, errorCost, 100.0, 1, false);
    SubstitutionEngine engine = new SubstitutionEngine(chosen);

    assertThat(engine.verdict(fourHours, year - 1).isSubstitutable()).isFalse();
    assertThat(engine.verdict(fourHours, year).isSubstitutable()).isTrue();
  }

  /**
   * METR's curve: 50 % at the horizon, 80 % at a fifth of it, so ln 4 per log₂ 5 = 2.32 doublings,
   * 0.597 a doubling. A task as long as the horizon its error cost needs is half substitutable, one
   * a doubling shorter 1 / (1 + e^-0.597) = 64.5 %, one a log₂ 5 shorter 80 %, one twice as long
   * 35.5 %.
   */
  @ParameterizedTest(name = "{0} of the horizon: {1}")
  @CsvSource({"1, 0.5", "0.5, 0.644975", "0.2, 0.8", "2, 0.355025", "0.01, 0.981"})
  void theShareSubstitutableFollowsMetrsLogisticCurveInTheDoublingsBelowTheHorizon(
      double ofHorizon, double share) {
    double horizon = BASE.hours(1, 2026);

    assertThat(BASE.slopePerDoubling())
        .isCloseTo(Math.log(4) / (Math.log(5) / Math.log(2)), within(1e-12));
    assertThat(BASE.substitutableShare(ofHorizon * horizon, 1, 2026))
        .isCloseTo(share, within(1e-3));
  }

  @Test
  void whenThe80PercentHorizonEqualsThe50PercentOneTheCurveIsAHardCutOff() {
    AiHorizon sameHorizon = new AiHorizon(FIXED.withReliability(1, 2, 4));
    double horizon = sameHorizon.hours(1, 2026);

    assertThat(sameHorizon.substitutableShare(horizon, 1, 2026)).isEqualTo(1);
    assertThat(sameHorizon.substitutableShare(horizon * 1.01, 1, 2026)).isZero();
  }

  @Test
  void onRealWorkOnlyTheRealWorkShareOfTheBenchmarksHorizonHolds() {
    AiHorizon realWork = new AiHorizon(FIXED.withRealWorkShare(0.15));

    assertThat(realWork.benchmarkHours(2026)).isCloseTo(BASE.benchmarkHours(2026), within(1e-12));
    assertThat(realWork.fiftyPercentHours(2026))
        .isCloseTo(0.15 * BASE.fiftyPercentHours(2026), within(1e-12));
  }
}
