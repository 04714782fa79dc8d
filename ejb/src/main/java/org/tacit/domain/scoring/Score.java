package org.tacit.domain.scoring;

import static org.tacit.domain.model.inventory.Provenance.CONFIRMED;
import static org.tacit.domain.model.inventory.Provenance.ESTIMATED;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.OptionalDouble;
import org.tacit.domain.model.inventory.TaskFact;

/**
 * One task's place on the two axes under one rule set: learning need and automation readiness
 * (0–100, to two decimals, as stored and shown; the class is decided on these rounded figures so a
 * stored score gives back its class), the class, and how far the answers behind it can be trusted.
 * The same answers and the same rule set always give an equal score. It keeps the answers it was
 * given, so its reasons can be put into words later, only for the tasks someone looks at.
 */
public final class Score {

  private static final Comparator<Contribution> BIGGEST_FIRST =
      Comparator.comparingDouble((Contribution c) -> Math.abs(c.points())).reversed();

  private final RuleSet ruleSet;
  private final double learningNeed;
  private final double automationReadiness;
  private final TaskClass taskClass;
  private final double confidence;
  private final double[] answers;
  private final long estimated;
  private final double learningWeight;
  private final double automationWeight;

  Score(
      RuleSet ruleSet,
      double learningNeed,
      double automationReadiness,
      double confidence,
      double[] answers,
      long estimated,
      double learningWeight,
      double automationWeight) {
    this.ruleSet = ruleSet;
    this.learningNeed = learningNeed;
    this.automationReadiness = automationReadiness;
    this.taskClass = ruleSet.classify(learningNeed, automationReadiness);
    this.confidence = confidence;
    this.answers = answers;
    this.estimated = estimated;
    this.learningWeight = learningWeight;
    this.automationWeight = automationWeight;
  }

  public int ruleSetVersion() {
    return ruleSet.version();
  }

  /** Empty when no answer a rule weighs on this axis is known. */
  public OptionalDouble learningNeed() {
    return Double.isNaN(learningNeed) ? OptionalDouble.empty() : OptionalDouble.of(learningNeed);
  }

  /** Empty when no answer a rule weighs on this axis is known. */
  public OptionalDouble automationReadiness() {
    return Double.isNaN(automationReadiness)
        ? OptionalDouble.empty()
        : OptionalDouble.of(automationReadiness);
  }

  public TaskClass taskClass() {
    return taskClass;
  }

  /** 0–1: the weighed share of answers known, an estimate counting less than a confirmed answer. */
  public double confidence() {
    return confidence;
  }

  /** Every known answer's contribution, biggest (up or down) first; equal ones in rubric order. */
  public List<Contribution> contributions() {
    ScoringTable table = ruleSet.table;
    List<Contribution> contributions = new ArrayList<>(table.size);
    for (int i = 0; i < table.size; i++) {
      double answer = answers[i];
      if (!Double.isNaN(answer)) {
        double axisWeight = table.learning[i] ? learningWeight : automationWeight;
        double points = 100 * (table.earned(i, answer) - table.weight[i] / 2) / axisWeight;
        contributions.add(
            new Contribution(
                table.rules[i], answer, isEstimated(i) ? ESTIMATED : CONFIRMED, points));
      }
    }
    contributions.sort(BIGGEST_FIRST);
    return List.copyOf(contributions);
  }

  /** The facts the rule set weighs that were not answered, in rubric order. */
  public List<TaskFact> unknownFacts() {
    List<TaskFact> unknown = new ArrayList<>();
    for (int i = 0; i < answers.length; i++) {
      if (Double.isNaN(answers[i])) {
        unknown.add(ruleSet.table.facts[i]);
      }
    }
    return List.copyOf(unknown);
  }

  private boolean isEstimated(int entry) {
    return (estimated & (1L << entry)) != 0;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Score that
        && ruleSet.equals(that.ruleSet)
        && Double.compare(learningNeed, that.learningNeed) == 0
        && Double.compare(automationReadiness, that.automationReadiness) == 0
        && Double.compare(confidence, that.confidence) == 0
        && taskClass == that.taskClass
        && Arrays.equals(answers, that.answers)
        && estimated == that.estimated;
  }

  @Override
  public int hashCode() {
    return Objects.hash(
        ruleSet.version(),
        learningNeed,
        automationReadiness,
        taskClass,
        confidence,
        Arrays.hashCode(answers),
        estimated);
  }

  @Override
  public String toString() {
    return "L "
        + learningNeed
        + ", A "
        + automationReadiness
        + ": "
        + taskClass
        + ", confidence "
        + confidence
        + " (rule set "
        + ruleSet.version()
        + ")";
  }
}
