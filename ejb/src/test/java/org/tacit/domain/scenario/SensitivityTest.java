package org.tacit.domain.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.tacit.domain.scoring.TaskClass.AUGMENTABLE;
import static org.tacit.domain.scoring.TaskClass.AUTOMATABLE;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.tacit.domain.scenario.Sensitivity.Effect;

class SensitivityTest {

  private static final StaffedRole CLERKS = new StaffedRole(1, 4.0, 50_000.0);
  private static final Workforce WORK =
      Workforce.of(
          List.of(CLERKS),
          List.of(
              new ScoredTask(1, 1, 20.0, 85.0, AUTOMATABLE, 0.5, 2, 50.0, 1, false),
              new ScoredTask(2, 1, 75.0, 65.0, AUGMENTABLE, 1.0, 3, 50.0, 1, false)));

  @Test
  void eachAssumptionSwingsTheHeadlineBetweenItsCautiousAndFastValueLargestFirst() {
    Scenario base = Scenarios.base(2026);

    Sensitivity sensitivity = Sensitivity.of(base, WORK);

    assertThat(sensitivity.year()).isEqualTo(2036);
    assertThat(sensitivity.share()).isCloseTo(Sensitivity.headline(base, WORK), within(1e-12));
    assertThat(sensitivity.effects())
        .extracting(Effect::swing)
        .containsExactlyInAnyOrder(Swing.values());
    assertThat(sensitivity.effects())
        .isSortedAccordingTo((a, b) -> Double.compare(b.spread(), a.spread()));
    // half the hours wait for continual learning: its arrival in 2030 moves the headline most
    Effect first = sensitivity.effects().get(0);
    assertThat(first.swing()).isEqualTo(Swing.CONTINUAL_LEARNING);
    assertThat(first.cautious())
        .isCloseTo(sensitivity.share(), within(1e-12)); // never is the default
    assertThat(first.fast()).isGreaterThan(sensitivity.share() + 0.3);
    for (Effect effect : sensitivity.effects()) {
      assertThat(effect.cautious())
          .as(effect.swing().name())
          .isLessThanOrEqualTo(effect.fast() + 1e-12);
      assertThat(effect.cautious())
          .as(effect.swing().name())
          .isLessThanOrEqualTo(sensitivity.share() + 1e-12);
    }
    Effect capture =
        sensitivity.effects().stream()
            .filter(e -> e.swing() == Swing.CAPTURE)
            .findFirst()
            .orElseThrow();
    assertThat(capture.cautiousValue().value()).isEqualTo(0.25);
    assertThat(capture.fastValue().value()).isEqualTo(0.75);
  }

  @Test
  void thePresetsTakeEveryCautiousOrEveryFastValueAtOnce() {
    Scenario cautious = Scenarios.cautious(2026);
    Scenario fast = Scenarios.fast(2026);

    assertThat(Sensitivity.headline(cautious, WORK))
        .isLessThan(Sensitivity.headline(Scenarios.base(2026), WORK));
    assertThat(Sensitivity.headline(fast, WORK))
        .isGreaterThan(Sensitivity.headline(Scenarios.base(2026), WORK));
  }
}
