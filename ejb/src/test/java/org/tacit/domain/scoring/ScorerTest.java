package org.tacit.domain.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.tacit.domain.model.inventory.Axis;
import org.tacit.domain.model.inventory.TaskFact;
import org.tacit.domain.model.inventory.TaskFacts;

class ScorerTest {

  private static final RuleSet V1 = RuleSet.version1();

  @ParameterizedTest(name = "{0}: L {1}, A {2}")
  @CsvSource(
      delimiter = '|',
      nullValues = "-",
      textBlock =
          """
          tacit_context=5; performance_spread=1                     | 75    | -
          tacit_context=5; novelty=3; time_to_proficiency=1         | 50    | -
          all=3                                                     | 50    | 50
          all=5                                                     | 100   | 62.5
          all=1                                                     | 0     | 37.5
          digital_io=5; verifiability=5; physical_presence=5        | -     | 66.67
          digital_io=4; documented_procedure=3                      | -     | 65
          """)
  void eachAxisIsTheWeighedShareOfThePointsItsKnownAnswersCouldEarn(
      String answers, Double learningNeed, Double automationReadiness) {
    Score score = Scorer.score(Answers.of(answers), V1);

    assertThat(score.learningNeed().isPresent() ? score.learningNeed().getAsDouble() : null)
        .isEqualTo(learningNeed);
    assertThat(
            score.automationReadiness().isPresent()
                ? score.automationReadiness().getAsDouble()
                : null)
        .isEqualTo(automationReadiness);
  }

  @Test
  void unknownAnswersNeitherHelpNorHurtTheScoreOnlyTheConfidence() {
    Score partial = Scorer.score(Answers.of("tacit_context=5; digital_io=5"), V1);
    Score full = Scorer.score(Answers.of("all=5; tacit_context=5; digital_io=5"), V1);

    assertThat(partial.learningNeed()).hasValue(100);
    assertThat(partial.automationReadiness()).hasValue(100);
    assertThat(partial.unknownFacts())
        .hasSize(11)
        .doesNotContain(TaskFact.TACIT_CONTEXT, TaskFact.DIGITAL_IO);
    assertThat(partial.confidence()).isLessThan(full.confidence());
  }

  @Test
  void aTaskWithNoKnownAnswersIsUnscoredWithNoConfidence() {
    Score score = Scorer.score(TaskFacts.none(), V1);

    assertThat(score.learningNeed()).isEmpty();
    assertThat(score.automationReadiness()).isEmpty();
    assertThat(score.taskClass()).isEqualTo(TaskClass.UNSCORED);
    assertThat(score.confidence()).isZero();
    assertThat(score.contributions()).isEmpty();
    assertThat(score.unknownFacts()).containsExactly(TaskFact.values());
  }

  @ParameterizedTest(name = "{0}: unscored")
  @CsvSource({"tacit_context=5", "error_cost=1", "tacit_context=5; novelty=4~; feedback_delay=2"})
  void aTaskKnownOnOneAxisOnlyHasAScoreThereButNoClass(String answers) {
    Score score = Scorer.score(Answers.of(answers), V1);

    assertThat(score.learningNeed().isPresent())
        .isNotEqualTo(score.automationReadiness().isPresent());
    assertThat(score.taskClass()).isEqualTo(TaskClass.UNSCORED);
    assertThat(score.confidence()).isPositive();
  }

  @ParameterizedTest(name = "{0}: confidence {1}")
  @CsvSource(
      delimiter = '|',
      nullValues = "-",
      textBlock =
          """
          -                                  | 0
          all=3                              | 1
          all=3~                             | 0.5
          tacit_context=5                    | 0.10
          tacit_context=5~                   | 0.05
          all=3; tacit_context=              | 0.90
          all=3; tacit_context=4~            | 0.95
          all=3; performance_spread=         | 0.97
          all=3~; tacit_context=4            | 0.55
          """)
  void confidenceIsTheWeighedShareOfAnswersKnownWithEstimatesCountingHalf(
      String answers, double confidence) {
    assertThat(Scorer.score(Answers.of(answers), V1).confidence()).isEqualTo(confidence);
  }

  @Test
  void reasonsComeBiggestFirstAndAddUpToTheScoreFromANeutralFifty() {
    Score score =
        Scorer.score(
            Answers.of("tacit_context=5; novelty=3; physical_presence=5~; digital_io=4"), V1);

    assertThat(score.contributions())
        .extracting(Contribution::toString)
        .containsExactly(
            "+30.00 L  LEARN-TACIT: depends on unwritten context (5/5)",
            "-25.00 A  AUTO-PHYSICAL: needs hands-on work or presence (5/5), estimated",
            "+12.50 A  AUTO-DIGITAL: inputs and outputs are digital (4/5)",
            "+0.00 L  LEARN-NOVELTY: meets new situations and exceptions (3/5)");
    assertThat(score.learningNeed()).hasValue(50 + 30 + 0);
    assertThat(score.automationReadiness()).hasValue(50 - 25 + 12.5);
    assertThat(score.taskClass()).isEqualTo(TaskClass.LEARNING_BOUND);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({
    "all=2",
    "all=4~; task_length_hours=3.25; novelty=1",
    "tacit_context=2; error_cost=5; task_length_hours=0.3~"
  })
  void everyScoreIsFiftyPlusItsContributions(String answers) {
    Score score = Scorer.score(Answers.of(answers), V1);

    for (Axis axis : Axis.values()) {
      double sum =
          50
              + score.contributions().stream()
                  .filter(c -> c.axis() == axis)
                  .mapToDouble(Contribution::points)
                  .sum();
      var axisScore =
          axis == Axis.LEARNING_NEED ? score.learningNeed() : score.automationReadiness();
      axisScore.ifPresent(value -> assertThat(value).isCloseTo(sum, within(0.005)));
    }
  }

  @Test
  void theSameAnswersWithTheSameRuleSetAlwaysGiveAnEqualScore() {
    String answers = "all=4~; tacit_context=2; task_length_hours=1.75; error_cost=";
    Score first = Scorer.score(Answers.of(answers), V1);
    Score again = Scorer.score(Answers.of(answers), RuleSet.version1());

    assertThat(again).isEqualTo(first).hasSameHashCodeAs(first);
    assertThat(again.contributions()).isEqualTo(first.contributions());
    assertThat(Scorer.score(Answers.of(answers + "; novelty=5"), V1)).isNotEqualTo(first);
  }

  @Test
  void aScoreRemembersItsRuleSetSoAnotherVersionIsAnotherScore() {
    Map<String, Double> sameWeights = V1.weights();
    RuleSet version2 = RuleSet.of(2, sameWeights, 50, 60, 0.5);
    TaskFacts facts = Answers.of("all=3");

    Score underVersion2 = Scorer.score(facts, version2);
    assertThat(underVersion2.ruleSetVersion()).isEqualTo(2);
    assertThat(underVersion2).isNotEqualTo(Scorer.score(facts, V1));
  }

  @Test
  void aRuleTheRuleSetDoesNotWeighNeitherScoresNorCountsForConfidence() {
    RuleSet narrow =
        RuleSet.of(
            2, Map.of("LEARN-TACIT", 1, "AUTO-DIGITAL", 1, "AUTO-REPETITION", 0), 50, 60, 0.5);

    Score score =
        Scorer.score(Answers.of("tacit_context=5; novelty=1; digital_io=5; repetition=1"), narrow);

    assertThat(score.learningNeed()).hasValue(100);
    assertThat(score.automationReadiness()).hasValue(100);
    assertThat(score.confidence()).isEqualTo(1);
    assertThat(score.contributions())
        .extracting(Contribution::ruleId)
        .containsExactly("LEARN-TACIT", "AUTO-DIGITAL");
    assertThat(score.unknownFacts()).isEmpty();
  }

  @Test
  void aRuleSetWithoutWeightsScoresNothing() {
    Score score = Scorer.score(Answers.of("all=5"), RuleSet.of(2, Map.of(), 50, 60, 0.5));

    assertThat(score.taskClass()).isEqualTo(TaskClass.UNSCORED);
    assertThat(score.confidence()).isZero();
    assertThat(score.contributions()).isEqualTo(List.of());
  }
}
