package org.tacit.domain.scoring;

import java.util.Map;
import org.tacit.domain.model.inventory.Axis;
import org.tacit.domain.model.inventory.TaskFact;

/**
 * A rule set laid out for the scorer: one entry per weighed rule, in catalogue order, in plain
 * arrays, with what each rule earns at each level worked out once. Scoring then reads arrays and
 * does not call a rule, except for an answer in hours.
 */
final class ScoringTable {

  final int size;
  final Rule[] rules;
  final TaskFact[] facts;
  final boolean[] learning;
  final double[] weight;
  final double[] estimatedWeight;

  /** For a level fact, weight × strength at {@code [entry * 6 + level]}. */
  final double[] earnedByLevel;

  final boolean[] onLevels;
  final double totalWeight;

  ScoringTable(Map<String, Double> weights, double estimateCredit) {
    size = (int) weights.values().stream().filter(w -> w > 0).count();
    if (size > Long.SIZE) {
      throw new IllegalArgumentException(
          "A score marks its estimates in 64 bits: at most 64 rules.");
    }
    rules = new Rule[size];
    facts = new TaskFact[size];
    learning = new boolean[size];
    weight = new double[size];
    estimatedWeight = new double[size];
    earnedByLevel = new double[size * 6];
    onLevels = new boolean[size];
    double total = 0;
    int i = 0;
    for (Rule rule : Rules.all()) {
      double w = weights.getOrDefault(rule.id(), 0.0);
      if (w > 0) {
        rules[i] = rule;
        facts[i] = rule.fact();
        learning[i] = rule.axis() == Axis.LEARNING_NEED;
        weight[i] = w;
        estimatedWeight[i] = w * estimateCredit;
        onLevels[i] = rule.fact().isLevel();
        for (int level = 1; level <= 5 && onLevels[i]; level++) {
          earnedByLevel[i * 6 + level] = earned(i, level);
        }
        total += w;
        i++;
      }
    }
    totalWeight = total;
  }

  /** What entry {@code i} earns for its axis from a known answer: weight × strength. */
  double earned(int i, double answer) {
    return weight[i] * rules[i].strength(answer);
  }
}
