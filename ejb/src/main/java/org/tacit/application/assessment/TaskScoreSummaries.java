package org.tacit.application.assessment;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import org.tacit.domain.model.assessment.TaskInput;
import org.tacit.domain.model.assessment.TaskResult;
import org.tacit.domain.model.inventory.Axis;
import org.tacit.domain.model.inventory.TaskFact;
import org.tacit.domain.scoring.Contribution;
import org.tacit.domain.scoring.Rule;
import org.tacit.domain.scoring.Rules;
import org.tacit.domain.scoring.Score;

/** Scores as pages and the API show them: figures with their reasons in words, biggest first. */
public final class TaskScoreSummaries {

  private TaskScoreSummaries() {}

  /** A score just computed. */
  public static TaskScoreSummary of(TaskInput task, Score score) {
    List<ScoreReason> reasons = new ArrayList<>();
    for (Contribution c : score.contributions()) {
      reasons.add(
          new ScoreReason(
              c.ruleId(),
              letter(c.axis()),
              c.answer(),
              c.rule().reason(c.answer()),
              hundredths(c.points()),
              c.isEstimated()));
    }
    return view(
        task,
        score.learningNeed(),
        score.automationReadiness(),
        score.taskClass().name(),
        score.confidence(),
        reasons);
  }

  /** A score as a run stored it: its points, worded from the answers the run kept. */
  public static TaskScoreSummary of(TaskInput task, TaskResult result) {
    List<ScoreReason> reasons = new ArrayList<>();
    for (Map.Entry<String, Double> entry : result.points().entrySet()) {
      Rule rule =
          Rules.byId(entry.getKey())
              .orElseThrow(
                  () ->
                      new IllegalStateException(
                          "A stored run names the unknown rule " + entry.getKey() + "."));
      TaskFact fact = rule.fact();
      double answer = task.facts().answer(fact);
      reasons.add(
          new ScoreReason(
              rule.id(),
              letter(rule.axis()),
              answer,
              rule.reason(answer),
              entry.getValue(),
              task.facts().isEstimated(fact)));
    }
    return view(
        task,
        result.learningNeed(),
        result.automationReadiness(),
        result.taskClass().name(),
        result.confidence(),
        reasons);
  }

  private static TaskScoreSummary view(
      TaskInput task,
      OptionalDouble learningNeed,
      OptionalDouble automationReadiness,
      String taskClass,
      double confidence,
      List<ScoreReason> reasons) {
    return new TaskScoreSummary(
        task.taskId(),
        task.roleId(),
        task.roleTitle(),
        task.departmentCode(),
        task.departmentName(),
        task.statement(),
        task.timeSharePct(),
        boxed(learningNeed),
        boxed(automationReadiness),
        taskClass,
        confidence,
        reasons);
  }

  public static Double boxed(OptionalDouble value) {
    return value.isPresent() ? value.getAsDouble() : null;
  }

  private static String letter(Axis axis) {
    return axis == Axis.LEARNING_NEED ? "L" : "A";
  }

  private static double hundredths(double value) {
    return Math.round(value * 100) / 100.0;
  }
}
