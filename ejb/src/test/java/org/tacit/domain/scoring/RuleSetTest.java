package org.tacit.domain.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.tacit.domain.Refused;
import org.tacit.text.Words;

class RuleSetTest {

  @ParameterizedTest(name = "{0} weighs {1}")
  @CsvSource({
    "LEARN-TACIT, 3", "LEARN-NOVELTY, 2", "LEARN-FEEDBACK, 2", "LEARN-PROFICIENCY, 3",
        "LEARN-SPREAD, 1",
    "LEARN-TRUST, 2", "AUTO-DIGITAL, 3", "AUTO-VERIFY, 3", "AUTO-DOCUMENTED, 2",
        "AUTO-REPETITION, 1",
    "AUTO-LENGTH, 2", "AUTO-PHYSICAL, 3", "AUTO-ERROR-COST, 2"
  })
  void version1WeighsEveryRuleAsDocsMethodSays(String ruleId, double weight) {
    assertThat(RuleSet.version1().weight(ruleId)).isEqualTo(weight);
  }

  @Test
  void version1IsOneValueWithItsThresholdsAndEstimateCredit() {
    RuleSet v1 = RuleSet.version1();

    assertThat(v1.version()).isEqualTo(1);
    assertThat(v1.weights()).hasSize(Rules.all().size());
    assertThat(v1.weights().keySet())
        .containsExactlyElementsOf(Rules.all().stream().map(Rule::id).toList());
    assertThat(v1.learningNeedThreshold()).isEqualTo(50);
    assertThat(v1.automationReadinessThreshold()).isEqualTo(60);
    assertThat(v1.estimateCredit()).isEqualTo(0.5);
    assertThat(RuleSet.version1()).isEqualTo(v1).hasSameHashCodeAs(v1);
  }

  @Test
  void weightsAreKeptInRubricOrderWhateverOrderTheyWereGivenIn() {
    RuleSet ruleSet = RuleSet.of(2, Map.of("AUTO-ERROR-COST", 1, "LEARN-TACIT", 2.5), 50, 60, 0.5);

    assertThat(ruleSet.weights().keySet()).containsExactly("LEARN-TACIT", "AUTO-ERROR-COST");
    assertThat(ruleSet.weight("LEARN-TACIT")).isEqualTo(2.5);
    assertThat(ruleSet.weight("LEARN-NOVELTY")).as("not part of this version").isZero();
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          a version below 1            | 0 | LEARN-TACIT     | 1    | 50  | 60  | 0.5 | version is 1 or more
          a rule the code does not know| 2 | LEARN-MAGIC     | 1    | 50  | 60  | 0.5 | No rule has the id LEARN-MAGIC
          a negative weight            | 2 | LEARN-TACIT     | -1   | 50  | 60  | 0.5 | weight of LEARN-TACIT
          a weight that is not a number| 2 | LEARN-TACIT     | NaN  | 50  | 60  | 0.5 | weight of LEARN-TACIT
          a threshold above 100        | 2 | LEARN-TACIT     | 1    | 101 | 60  | 0.5 | learning need threshold
          a threshold below 0          | 2 | LEARN-TACIT     | 1    | 50  | -1  | 0.5 | automation readiness threshold
          an estimate worth more       | 2 | LEARN-TACIT     | 1    | 50  | 60  | 1.5 | estimate counts
          """)
  void aRuleSetThatCouldNotScoreIsRefused(
      String what,
      int version,
      String ruleId,
      double weight,
      double learningNeedThreshold,
      double automationReadinessThreshold,
      double estimateCredit,
      String problem) {
    assertThatThrownBy(
            () ->
                RuleSet.of(
                    version,
                    Map.of(ruleId, weight),
                    learningNeedThreshold,
                    automationReadinessThreshold,
                    estimateCredit))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining(problem);
  }

  @Test
  void aRefusedDraftIsWordedInTheAdminsLanguageWhileTheApiKeepsTheEnglishMessage() {
    assertThatThrownBy(() -> RuleSet.of(2, Map.of("LEARN-TACIT", -1.5), 50, 60, 0.5))
        .hasMessage("The weight of LEARN-TACIT is a number ≥ 0, not -1.5.")
        .isInstanceOfSatisfying(
            Refused.class,
            refused ->
                assertThat(refused.sentence().in(Words.in(Locale.GERMAN)))
                    .isEqualTo("Das Gewicht von LEARN-TACIT ist eine Zahl ≥ 0, nicht -1,5."));
    assertThatThrownBy(() -> RuleSet.of(2, Map.of("LEARN-TACIT", 1), 50, 60, 1.5))
        .isInstanceOfSatisfying(
            Refused.class,
            refused ->
                assertThat(refused.sentence().in(Words.in(Locale.GERMAN)))
                    .isEqualTo("Eine geschätzte Antwort zählt 0 bis 1 einer bestätigten."));
  }
}
