package org.tacit.web.reports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.tacit.web.ScenarioEdits.edit;

import java.time.YearMonth;
import org.junit.jupiter.api.Test;
import org.tacit.application.scenarios.ScenarioEdit;
import org.tacit.domain.scenario.ScenarioAssumption;

class ScenarioFormTest {

  private static final ScenarioEdit DEFAULTS =
      edit(0, "Base", 1, YearMonth.of(2025, 3), 7, 0.15, 0.2, 2, 4, null, 0.5, 8, 2026, 2036);

  @Test
  void theEditorMarksEachValueThatDepartsFromItsDefaultAsItIsTyped() {
    ScenarioForm form = new ScenarioForm(null, DEFAULTS.named(""), DEFAULTS);
    assertThat(form.isCreating()).isTrue();
    for (ScenarioAssumption a : ScenarioAssumption.values()) {
      assertThat(form.departs(a)).as(a.field()).isFalse();
    }

    form.input(ScenarioAssumption.DOUBLING_MONTHS).setDecimal(4.0);
    form.input(ScenarioAssumption.CONTINUAL_LEARNING).setWhole(2031);
    form.input(ScenarioAssumption.HORIZON_MEASURED).setText(" 2025-03 ");

    assertThat(form.departs(ScenarioAssumption.DOUBLING_MONTHS)).isTrue();
    assertThat(form.departs(ScenarioAssumption.CONTINUAL_LEARNING)).isTrue();
    assertThat(form.departs(ScenarioAssumption.HORIZON_MEASURED))
        .as("the same month, typed with spaces")
        .isFalse();
    assertThat(form.departs(ScenarioAssumption.HORIZON_HOURS)).isFalse();
  }

  @Test
  void theValuesToSaveQuoteTheRowVersionShownAndABlankDecimalIsLeftForTheServiceToRefuse() {
    ScenarioEdit stored = DEFAULTS.named("Ours");
    ScenarioForm form =
        new ScenarioForm(
            12L,
            edit(
                5, "Ours", 2, YearMonth.of(2025, 6), 9, 0.15, 0.3, 1, 3, 2030, 0.4, 10, 2026, 2030),
            DEFAULTS);
    form.setName("Ours, later");
    form.input(ScenarioAssumption.CAPTURE_OF_FRAGMENTS).setDecimal(null);

    ScenarioEdit values = form.values();
    assertThat(values.rowVersion()).isEqualTo(5);
    assertThat(values.name()).isEqualTo("Ours, later");
    assertThat(values.value(ScenarioAssumption.HORIZON_MEASURED)).isEqualTo(YearMonth.of(2025, 6));
    assertThat(values.value(ScenarioAssumption.CONTINUAL_LEARNING)).isEqualTo(2030);
    assertThat((Double) values.value(ScenarioAssumption.CAPTURE_OF_FRAGMENTS)).isNaN();

    form.seen(6);
    assertThat(form.values().rowVersion()).as("after the other change was shown").isEqualTo(6);
    assertThat(stored.name()).isEqualTo("Ours");
  }

  @Test
  void aMonthNotWrittenLikeTheDefaultIsRefusedWithHowToWriteIt() {
    ScenarioForm form = new ScenarioForm(null, DEFAULTS, DEFAULTS);
    form.input(ScenarioAssumption.HORIZON_MEASURED).setText("3/2025");

    assertThatThrownBy(form::values)
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("The month the horizon was measured is written like 2025-03, not “3/2025”.");
  }
}
