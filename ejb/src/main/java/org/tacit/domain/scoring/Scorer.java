package org.tacit.domain.scoring;

import org.tacit.domain.model.inventory.TaskFact;
import org.tacit.domain.model.inventory.TaskFacts;

/**
 * Scores one task on both axes with one rule set. Each axis is the weighed share of the points its
 * known answers could earn: {@code 100 × Σ weight × strength / Σ weight}, over the rules whose
 * answer is known, so an unknown answer neither helps nor hurts the score; it lowers confidence.
 * Confidence is {@code Σ credit × weight / Σ weight} over all the rule set's rules, where credit is
 * 1 for a confirmed answer, the rule set's estimate credit for an estimate and 0 for an unknown.
 *
 * <p>Plain arithmetic over arrays the rule set prepared, no boxing and no text, so that a whole
 * organisation scores in milliseconds.
 */
public final class Scorer {

  private Scorer() {}

  public static Score score(TaskFacts facts, RuleSet ruleSet) {
    ScoringTable table = ruleSet.table;
    double[] answers = new double[table.size];
    long estimated = 0;
    double learningEarned = 0;
    double learningWeight = 0;
    double automationEarned = 0;
    double automationWeight = 0;
    double credit = 0;
    for (int i = 0; i < table.size; i++) {
      TaskFact fact = table.facts[i];
      double answer = facts.answer(fact);
      answers[i] = answer;
      if (Double.isNaN(answer)) {
        continue;
      }
      double earned =
          table.onLevels[i]
              ? table.earnedByLevel[i * 6 + level(fact, answer)]
              : table.earned(i, answer);
      double weight = table.weight[i];
      if (table.learning[i]) {
        learningEarned += earned;
        learningWeight += weight;
      } else {
        automationEarned += earned;
        automationWeight += weight;
      }
      if (facts.isEstimated(fact)) {
        estimated |= 1L << i;
        credit += table.estimatedWeight[i];
      } else {
        credit += weight;
      }
    }
    double learningNeed =
        learningWeight > 0 ? hundredths(100 * learningEarned / learningWeight) : Double.NaN;
    double automationReadiness =
        automationWeight > 0 ? hundredths(100 * automationEarned / automationWeight) : Double.NaN;
    double confidence = table.totalWeight > 0 ? hundredths(credit / table.totalWeight) : 0;
    return new Score(
        ruleSet,
        learningNeed,
        automationReadiness,
        confidence,
        answers,
        estimated,
        learningWeight,
        automationWeight);
  }

  /** Answers read from the database skip the import's checks: a level off the scale stops here. */
  private static int level(TaskFact fact, double answer) {
    int level = (int) answer;
    if (level < 1 || level > 5 || level != answer) {
      throw new IllegalArgumentException(fact.column() + " is a level 1–5, not " + answer + ".");
    }
    return level;
  }

  private static double hundredths(double value) {
    return Math.round(value * 100) / 100.0;
  }
}
