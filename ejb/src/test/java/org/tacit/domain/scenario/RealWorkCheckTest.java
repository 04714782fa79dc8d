package org.tacit.domain.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;

class RealWorkCheckTest {

  @Test
  void theBaseScenariosRuleReproducesTheRemoteLaborIndexWithinAFactorOfTwo() {
    List<RealWorkCheck> checks = RealWorkCheck.of(Scenarios.base(2026));

    assertThat(checks).hasSize(1);
    RealWorkCheck rli = checks.get(0);
    assertThat(rli.measured()).isEqualTo(RealWorkCheck.REMOTE_LABOR_INDEX);
    assertThat(rli.holds()).as("predicted %s against 2.5 %%", rli.predicted()).isTrue();
  }

  @Test
  void withAllOfTheBenchmarkHorizonHoldingOnRealWorkTheCheckFails() {
    RealWorkCheck rli = RealWorkCheck.of(Scenarios.base(2026).withRealWorkShare(1)).get(0);

    assertThat(rli.ratio()).isGreaterThan(RealWorkCheck.FACTOR);
    assertThat(rli.holds()).isFalse();
  }

  /**
   * 1 h at the start of 2026 doubling yearly, so 2 h in January 2027; the 80 % horizon a quarter of
   * the 50 % one (slope ln 2 a doubling, share x / (1 + x)), error cost 3 half of it: 1 h of real
   * work done at x = 1 h / 4 h: 20 %.
   */
  @Test
  void thePredictionIsTheScenariosOwnSuccessCurveAtTheMeasurementsDate() {
    Scenario scenario =
        Scenarios.base(2026)
            .withHorizon(1, YearMonth.of(2026, 1))
            .withDoublingMonths(12)
            .withRealWorkShare(1)
            .withReliability(0.25, 2, 4);
    AiHorizon horizon = new AiHorizon(scenario);

    assertThat(horizon.substitutableShare(4, 3, YearMonth.of(2027, 1)))
        .isCloseTo(0.2, within(1e-12));
  }
}
