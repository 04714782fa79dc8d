package org.tacit.domain.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Version 1 calls learning need high from 50 and automation readiness high from 60, both inclusive.
 */
class TaskClassTest {

  @ParameterizedTest(name = "L {0}, A {1}: {2}")
  @CsvSource({
    // learning need at its threshold, just below, just above; automation readiness low
    "50,    59.99, LEARNING_BOUND",
    "49.99, 59.99, MANUAL",
    "50.01, 59.99, LEARNING_BOUND",
    // automation readiness at its threshold, just below, just above; learning need low
    "49.99, 60,    AUTOMATABLE",
    "49.99, 59.99, MANUAL",
    "49.99, 60.01, AUTOMATABLE",
    // both high: at, just above
    "50,    60,    AUGMENTABLE",
    "50.01, 60.01, AUGMENTABLE",
    // the corners
    "0,     0,     MANUAL",
    "100,   0,     LEARNING_BOUND",
    "0,     100,   AUTOMATABLE",
    "100,   100,   AUGMENTABLE",
    // either axis unscored
    "NaN,   100,   UNSCORED",
    "100,   NaN,   UNSCORED",
    "NaN,   NaN,   UNSCORED"
  })
  void version1PlacesATaskByItsTwoScoresWithEachThresholdCountingAsHigh(
      double learningNeed, double automationReadiness, TaskClass expected) {
    assertThat(RuleSet.version1().classify(learningNeed, automationReadiness)).isEqualTo(expected);
  }

  /** tacit_context 4 scores L 75; digital_io 2 scores A 25: the thresholds move around them. */
  @ParameterizedTest(name = "high L from {0}, high A from {1}: {2}")
  @CsvSource({
    "75,    25,    AUGMENTABLE",
    "74.99, 25,    AUGMENTABLE",
    "75.01, 25,    AUTOMATABLE",
    "75,    24.99, AUGMENTABLE",
    "75,    25.01, LEARNING_BOUND",
    "75.01, 25.01, MANUAL"
  })
  void theScorerClassifiesWithTheRuleSetsThresholdsAtJustBelowAndJustAboveAScore(
      double learningNeedThreshold, double automationReadinessThreshold, TaskClass expected) {
    RuleSet ruleSet =
        RuleSet.of(
            7,
            RuleSet.version1().weights(),
            learningNeedThreshold,
            automationReadinessThreshold,
            0.5);

    Score score = Scorer.score(Answers.of("tacit_context=4; digital_io=2"), ruleSet);

    assertThat(score.learningNeed()).hasValue(75);
    assertThat(score.automationReadiness()).hasValue(25);
    assertThat(score.taskClass()).isEqualTo(expected);
  }
}
