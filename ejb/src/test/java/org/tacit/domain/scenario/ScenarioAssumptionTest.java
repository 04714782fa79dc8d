package org.tacit.domain.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.YearMonth;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.tacit.text.Words;

class ScenarioAssumptionTest {

  private static final Scenario BASE = Scenarios.base(2026);
  private static final Words ENGLISH = Words.in(Locale.ENGLISH);
  private static final Words GERMAN = Words.in(Locale.GERMAN);

  @ParameterizedTest
  @EnumSource(ScenarioAssumption.class)
  void eachAssumptionIsNamedAndSourcedInBothLanguagesAndFoundByItsField(ScenarioAssumption a) {
    for (Words words : new Words[] {ENGLISH, GERMAN}) {
      assertThat(a.name(words)).isNotBlank().doesNotContain("{");
      assertThat(a.source(a.in(BASE).sourceFacts(), words)).isNotBlank().doesNotContain("{");
    }
    assertThat(a.name(GERMAN)).isNotEqualTo(a.name(ENGLISH));
    assertThat(ScenarioAssumption.byField(a.field())).isSameAs(a);
    assertThat(a.inputId()).matches("[a-z]+(-[a-z]+)*");
  }

  @Test
  void theDescriptorsFollowTheScenariosOwnOrderSoTheirValuesMakeTheSameScenarioAgain() {
    Scenario cautious = Scenarios.cautious(2026);
    Map<ScenarioAssumption, Object> values = ScenarioAssumption.values(cautious);

    Scenario again = ScenarioAssumption.scenario("Cautious", BASE, values);

    assertThat(again).isEqualTo(cautious);
    assertThat(values.get(ScenarioAssumption.CONTINUAL_LEARNING)).as("never").isNull();
    assertThat(ScenarioAssumption.DOUBLING_MONTHS.in(again).value()).isEqualTo(12.0);
  }

  @Test
  void aDecimalLeftAsTheEditorShowsItStaysTheDefaultSoTheHorizonKeepsFollowingTheTrend() {
    double fitted = BASE.horizonHours().value();
    double asShown = Math.round(fitted * 10_000) / 10_000.0;

    Scenario edited =
        ScenarioAssumption.scenario(
            "Base", BASE, Map.of(ScenarioAssumption.HORIZON_HOURS, asShown));

    assertThat(edited.horizonHours().isDefault()).isTrue();
    assertThat(edited.horizonHours().value()).isEqualTo(fitted);
  }

  @Test
  void aMissingWholeNumberOrMonthIsRefusedWithWhatToGive() {
    Map<ScenarioAssumption, Object> noAdoption = ScenarioAssumption.values(BASE);
    noAdoption.put(ScenarioAssumption.ADOPTION_YEARS, null);
    assertThatThrownBy(() -> ScenarioAssumption.scenario("Base", BASE, noAdoption))
        .hasMessageContaining("only continual learning may stay empty");
    Map<ScenarioAssumption, Object> noMonth = ScenarioAssumption.values(BASE);
    noMonth.put(ScenarioAssumption.HORIZON_MEASURED, null);
    assertThatThrownBy(() -> ScenarioAssumption.scenario("Base", BASE, noMonth))
        .hasMessageContaining("which month");
  }

  @Test
  void aValueReadsAsTheReadersLanguageWritesIt() {
    assertThat(ScenarioAssumption.REAL_WORK_SHARE.shown(0.15, GERMAN)).isEqualTo("0,15");
    assertThat(ScenarioAssumption.REAL_WORK_SHARE.shown(0.15, ENGLISH)).isEqualTo("0.15");
    assertThat(ScenarioAssumption.HORIZON_HOURS.shown(5.55495, ENGLISH)).isEqualTo("5.55");
    assertThat(ScenarioAssumption.HORIZON_MEASURED.shown(YearMonth.of(2025, 3), GERMAN))
        .isEqualTo("März 2025");
    assertThat(ScenarioAssumption.HORIZON_MEASURED.shown("2025-03", ENGLISH)).isEqualTo("Mar 2025");
    assertThat(ScenarioAssumption.CONTINUAL_LEARNING.shown(null, GERMAN)).isEqualTo("nie");
    assertThat(ScenarioAssumption.CONTINUAL_LEARNING.shown(2030, ENGLISH)).isEqualTo("2030");
    assertThat(ScenarioAssumption.FIRST_YEAR.shown(2026, GERMAN))
        .as("no separator")
        .isEqualTo("2026");
  }
}
