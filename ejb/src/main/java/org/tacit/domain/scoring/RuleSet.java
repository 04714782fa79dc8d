package org.tacit.domain.scoring;

import static java.util.Objects.requireNonNull;
import static org.tacit.domain.Refused.require;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * The numbers an assessment is scored with: a version, each rule's weight, the two thresholds that
 * turn the scores into a class, and how much an estimated answer counts towards confidence. Data,
 * not code: admins tune it by publishing a new version, and an assessment run records the version
 * it used, so re-running it reproduces it exactly. A rule the version gives no weight (absent or
 * zero) is not part of it; a rule the code does not know is an error, since nothing could score it.
 */
public final class RuleSet {

  private final int version;
  private final Map<String, Double> weights;
  private final double learningNeedThreshold;
  private final double automationReadinessThreshold;
  private final double estimateCredit;

  final ScoringTable table;

  private RuleSet(
      int version,
      Map<String, Double> weights,
      double learningNeedThreshold,
      double automationReadinessThreshold,
      double estimateCredit) {
    this.version = version;
    this.weights = weights;
    this.learningNeedThreshold = learningNeedThreshold;
    this.automationReadinessThreshold = automationReadinessThreshold;
    this.estimateCredit = estimateCredit;
    this.table = new ScoringTable(weights, estimateCredit);
  }

  /**
   * Version 1, written up with its reasons in {@code docs/method.md}. The only place its numbers
   * are defined: the migration that seeds the rule set into the database copies them from here.
   */
  public static RuleSet version1() {
    Map<String, Integer> weights = new LinkedHashMap<>();
    weights.put("LEARN-TACIT", 3);
    weights.put("LEARN-NOVELTY", 2);
    weights.put("LEARN-FEEDBACK", 2);
    weights.put("LEARN-PROFICIENCY", 3);
    weights.put("LEARN-SPREAD", 1);
    weights.put("LEARN-TRUST", 2);
    weights.put("AUTO-DIGITAL", 3);
    weights.put("AUTO-VERIFY", 3);
    weights.put("AUTO-DOCUMENTED", 2);
    weights.put("AUTO-REPETITION", 1);
    weights.put("AUTO-LENGTH", 2);
    weights.put("AUTO-PHYSICAL", 3);
    weights.put("AUTO-ERROR-COST", 2);
    return of(1, weights, 50, 60, 0.5);
  }

  /**
   * A rule set as admins publish it. Weights are ≥ 0 and relative (only their ratios matter);
   * thresholds are on the 0–100 scale of the axes; an estimated answer counts {@code
   * estimateCredit} (0–1) of a confirmed one towards confidence.
   */
  public static RuleSet of(
      int version,
      Map<String, ? extends Number> weights,
      double learningNeedThreshold,
      double automationReadinessThreshold,
      double estimateCredit) {
    require(version >= 1, "refused.ruleSet.version", String.valueOf(version));
    require(between(learningNeedThreshold, 0, 100), "refused.ruleSet.learningThreshold");
    require(between(automationReadinessThreshold, 0, 100), "refused.ruleSet.readinessThreshold");
    require(between(estimateCredit, 0, 1), "refused.ruleSet.estimateCredit");
    Map<String, Double> checked = new LinkedHashMap<>();
    requireNonNull(weights, "weights")
        .forEach(
            (id, value) -> {
              require(Rules.byId(id).isPresent(), "refused.ruleSet.rule", id);
              double w = requireNonNull(value, id).doubleValue();
              require(between(w, 0, Double.MAX_VALUE), "refused.ruleSet.weight", id, w);
            });
    for (Rule rule : Rules.all()) {
      if (weights.containsKey(rule.id())) {
        checked.put(rule.id(), weights.get(rule.id()).doubleValue());
      }
    }
    return new RuleSet(
        version,
        Collections.unmodifiableMap(checked),
        learningNeedThreshold,
        automationReadinessThreshold,
        estimateCredit);
  }

  public int version() {
    return version;
  }

  /** Each rule's weight, in catalogue order; rules not in this version are absent. */
  public Map<String, Double> weights() {
    return weights;
  }

  /** 0 for a rule that is not part of this version. */
  public double weight(String ruleId) {
    return weights.getOrDefault(ruleId, 0.0);
  }

  public double learningNeedThreshold() {
    return learningNeedThreshold;
  }

  public double automationReadinessThreshold() {
    return automationReadinessThreshold;
  }

  public double estimateCredit() {
    return estimateCredit;
  }

  /**
   * A score at or above its axis's threshold is high; either axis unscored (NaN) places nothing.
   */
  public TaskClass classify(double learningNeed, double automationReadiness) {
    if (Double.isNaN(learningNeed) || Double.isNaN(automationReadiness)) {
      return TaskClass.UNSCORED;
    }
    return TaskClass.of(
        learningNeed >= learningNeedThreshold, automationReadiness >= automationReadinessThreshold);
  }

  private static boolean between(double value, double low, double high) {
    return value >= low && value <= high;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof RuleSet that
        && version == that.version
        && weights.equals(that.weights)
        && learningNeedThreshold == that.learningNeedThreshold
        && automationReadinessThreshold == that.automationReadinessThreshold
        && estimateCredit == that.estimateCredit;
  }

  @Override
  public int hashCode() {
    return Objects.hash(
        version, weights, learningNeedThreshold, automationReadinessThreshold, estimateCredit);
  }

  @Override
  public String toString() {
    return "rule set "
        + version
        + " "
        + weights
        + ", high L ≥ "
        + learningNeedThreshold
        + ", high A ≥ "
        + automationReadinessThreshold
        + ", estimate counts "
        + estimateCredit;
  }
}
