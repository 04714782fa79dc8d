package org.tacit.web.reports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.YearMonth;
import org.junit.jupiter.api.Test;
import org.tacit.application.scenarios.ScenarioEdit;

class ScenarioFormTest {

  private static final ScenarioEdit DEFAULTS =
      new ScenarioEdit(
          0, "Base", 1, YearMonth.of(2025, 3), 7, 0.15, 0.2, 2, 4, null, 0.5, 8, 2026, 2036);

  @Test
  void theEditorMarksEachValueThatDepartsFromItsDefaultAsItIsTyped() {
    ScenarioForm form = new ScenarioForm(null, DEFAULTS.named(""), DEFAULTS);
    assertThat(form.isCreating()).isTrue();
    for (int i = 0; i < 12; i++) {
      assertThat(form.departs(i)).as("assumption %d", i).isFalse();
    }

    form.setDoublingMonths(4.0);
    form.setContinualLearningYear(2031);
    form.setHorizonMeasured(" 2025-03 ");

    assertThat(form.departs(2)).isTrue();
    assertThat(form.departs(7)).isTrue();
    assertThat(form.departs(1)).as("the same month, typed with spaces").isFalse();
    assertThat(form.departs(0)).isFalse();
  }

  @Test
  void theValuesToSaveQuoteTheRowVersionShownAndABlankDecimalIsLeftForTheServiceToRefuse() {
    ScenarioEdit stored = DEFAULTS.named("Ours");
    ScenarioForm form =
        new ScenarioForm(
            12L,
            new ScenarioEdit(
                5, "Ours", 2, YearMonth.of(2025, 6), 9, 0.15, 0.3, 1, 3, 2030, 0.4, 10, 2026, 2030),
            DEFAULTS);
    form.setName("Ours, later");
    form.setCaptureOfFragments(null);

    ScenarioEdit values = form.values();
    assertThat(values.rowVersion()).isEqualTo(5);
    assertThat(values.name()).isEqualTo("Ours, later");
    assertThat(values.horizonMeasured()).isEqualTo(YearMonth.of(2025, 6));
    assertThat(values.continualLearningYear()).isEqualTo(2030);
    assertThat(values.captureOfFragments()).isNaN();

    form.seen(6);
    assertThat(form.values().rowVersion()).as("after the other change was shown").isEqualTo(6);
    assertThat(stored.name()).isEqualTo("Ours");
  }

  @Test
  void aMonthNotWrittenLikeTheDefaultIsRefusedWithHowToWriteIt() {
    ScenarioForm form = new ScenarioForm(null, DEFAULTS, DEFAULTS);
    form.setHorizonMeasured("3/2025");

    assertThatThrownBy(form::values)
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("The month the horizon was measured is written like 2025-03, not “3/2025”.");
  }
}
