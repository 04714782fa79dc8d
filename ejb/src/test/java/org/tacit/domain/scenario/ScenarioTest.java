package org.tacit.domain.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.time.YearMonth;
import java.util.Locale;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.tacit.text.Words;

class ScenarioTest {

  private static final Scenario BASE = Scenarios.base(2026);

  @Test
  void theBaseScenarioIsEveryDefaultWithItsSource() {
    assertThat(BASE.name()).isEqualTo("Base");
    HorizonTrend trend = HorizonTrend.fit(MeasuredHorizons.published());
    assertThat(BASE.horizonHours().value()).isEqualTo(trend.hoursAt());
    assertThat(BASE.horizonMeasured().value()).isEqualTo(trend.at());
    assertThat(BASE.doublingMonths().value()).isEqualTo(trend.doublingMonths());
    assertThat(BASE.realWorkShare().value()).isEqualTo(0.15);
    assertThat(BASE.reliableHorizonShare().value()).isEqualTo(0.2);
    assertThat(BASE.halfHorizonUpToErrorCost().value()).isEqualTo(2);
    assertThat(BASE.reliableHorizonFromErrorCost().value()).isEqualTo(4);
    assertThat(BASE.continualLearning().value()).isEqualTo(ContinualLearning.never());
    assertThat(BASE.captureOfFragments().value()).isEqualTo(0.5);
    assertThat(BASE.adoptionYears().value()).isEqualTo(5);
    assertThat(BASE.firstYear().value()).isEqualTo(2026);
    assertThat(BASE.lastYear().value()).isEqualTo(2036);
    Words english = Words.in(Locale.ENGLISH);
    assertThat(source(ScenarioAssumption.DOUBLING_MONTHS, english))
        .startsWith("METR time horizons: the trend fitted to 18");
    assertThat(source(ScenarioAssumption.RELIABLE_HORIZON_SHARE, english)).contains("a fifth");
    assertThat(source(ScenarioAssumption.CAPTURE_OF_FRAGMENTS, english))
        .contains("Humlum and Vestergaard 2025");
    assertThat(source(ScenarioAssumption.ADOPTION_YEARS, english))
        .contains("Bick, Blandin and Deming 2024");
    assertThat(source(ScenarioAssumption.REAL_WORK_SHARE, english)).contains("Remote Labor Index");
    assertThat(source(ScenarioAssumption.DOUBLING_MONTHS, Words.in(Locale.GERMAN)))
        .as("the same facts in the reader's language")
        .startsWith("METR-Zeithorizonte: der Trend, angepasst an 18");
  }

  @Test
  void aPresetDepartsFromTheDefaultsAndKeepsThemBesideItsValues() {
    Scenario cautious = Scenarios.cautious(2026);

    assertThat(cautious.name()).isEqualTo("Cautious");
    assertThat(cautious.doublingMonths().value()).isEqualTo(12.0);
    assertThat(cautious.doublingMonths().defaultValue()).isEqualTo(BASE.doublingMonths().value());
    assertThat(cautious.doublingMonths().isDefault()).isFalse();
    assertThat(cautious.doublingMonths().sourceFacts())
        .isEqualTo(BASE.doublingMonths().sourceFacts());
    assertThat(cautious.horizonHours().isDefault()).isTrue();
    assertThat(cautious.reliableHorizonFromErrorCost().value()).isEqualTo(3);
    assertThat(cautious.adoptionYears().value()).isEqualTo(8);
    assertThat(cautious.captureOfFragments().value()).isEqualTo(0.25);
    assertThat(cautious.realWorkShare().value()).isEqualTo(0.075);
    Scenario fast = Scenarios.fast(2026);
    assertThat(fast.doublingMonths().value()).isEqualTo(4.5);
    assertThat(fast.adoptionYears().value()).isEqualTo(3);
    assertThat(fast.realWorkShare().value()).isEqualTo(0.3);
    assertThat(fast.continualLearning().isDefault()).isTrue();
    assertThat(Scenarios.continualLearningBy2030(2026).continualLearning().value())
        .isEqualTo(ContinualLearning.in(2030));
    assertThat(Scenarios.presets(2026))
        .extracting(Scenario::name)
        .containsExactly("Cautious", "Base", "Fast", "Continual learning by 2030");
  }

  @Test
  void editingACopyLeavesTheOriginalAsItWas() {
    Scenario edited = BASE.named("Ours").withDoublingMonths(5);

    assertThat(edited.doublingMonths().value()).isEqualTo(5.0);
    assertThat(BASE.doublingMonths().value())
        .isEqualTo(Scenarios.base(2026).doublingMonths().value());
    assertThat(BASE.named("Base")).isEqualTo(BASE);
  }

  @ParameterizedTest(name = "year {1} of use since {0}: {2}")
  @CsvSource({
    "2027, 2026, 0",
    "2027, 2027, 0.2",
    "2027, 2028, 0.4",
    "2027, 2031, 1",
    "2027, 2036, 1"
  })
  void adoptionRisesInAStraightLineToFullUseAfterItsYears(int since, int year, double adoption) {
    assertThat(BASE.adoption(since, year)).isCloseTo(adoption, within(1e-12));
  }

  @ParameterizedTest(name = "freed {0}: capture {1}")
  @CsvSource({"0, 0.5", "0.1, 0.55", "0.5, 0.75", "1, 1"})
  void captureRisesFromTheCaptureOfFragmentsToAllOfTheWholeRole(double freedShare, double capture) {
    assertThat(BASE.capture(freedShare)).isCloseTo(capture, within(1e-12));
  }

  @Test
  void aRefusalIsASentenceOfTheBundleThatTheEditorWordsInTheReadersLanguage() {
    assertThatThrownBy(() -> BASE.withYears(2030, 2026))
        .isInstanceOfSatisfying(
            ScenarioRefused.class,
            refused ->
                assertThat(refused.sentence().in(Words.in(Locale.GERMAN)))
                    .isEqualTo("Das erste erfasste Jahr (2030) liegt vor dem letzten (2026)."));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          a blank name                  | name        | A scenario needs a name.
          a horizon of 0 hours          | horizon     | The AI task horizon is a number of hours above 0, not 0.
          a doubling time of 0 months   | doubling    | doubling time is a number of months above 0
          an 80 % horizon above the 50 %| reliable    | The 80 % horizon is a share of the 50 % one
          error cost levels the wrong way| levels     | Error cost levels are 1–5
          capture above 1               | capture     | Capture is a share 0–1 of the freed hours, not 1.5.
          no work holding the horizon   | real work   | The share of the horizon that holds on real work is above 0
          no adoption time              | adoption    | Adoption takes at least 1 year, not 0.
          years the wrong way round     | years       | The first year covered (2030) comes before the last (2026).
          fifty years                   | fifty years | A scenario covers at most 30 years, not 50.
          """)
  void aScenarioThatCouldNotBeAppliedIsRefusedWithAReason(
      String what, String edit, String problem) {
    UnaryOperator<Scenario> change =
        switch (edit) {
          case "name" -> s -> s.named(" ");
          case "horizon" -> s -> s.withHorizon(0, YearMonth.of(2025, 3));
          case "doubling" -> s -> s.withDoublingMonths(0);
          case "reliable" -> s -> s.withReliability(1.2, 2, 4);
          case "levels" -> s -> s.withReliability(0.2, 4, 2);
          case "capture" -> s -> s.withCaptureOfFragments(1.5);
          case "real work" -> s -> s.withRealWorkShare(0);
          case "adoption" -> s -> s.withAdoptionYears(0);
          case "years" -> s -> s.withYears(2030, 2026);
          case "fifty years" -> s -> s.withYears(2026, 2075);
          default -> throw new IllegalArgumentException(edit);
        };

    assertThatThrownBy(() -> change.apply(BASE))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining(problem);
  }

  private static String source(ScenarioAssumption which, Words words) {
    return which.source(which.in(BASE).sourceFacts(), words);
  }
}
