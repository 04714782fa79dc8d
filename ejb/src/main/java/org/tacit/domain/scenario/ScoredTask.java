package org.tacit.domain.scenario;

import static java.util.Objects.requireNonNull;

import org.tacit.domain.model.assessment.TaskInput;
import org.tacit.domain.model.assessment.TaskResult;
import org.tacit.domain.model.inventory.TaskFact;
import org.tacit.domain.scoring.TaskClass;

/**
 * A task as the engine reads it: its role, its scores and class as an assessment run gave them, the
 * two facts the horizon needs, and its share of the role's time. The class decides whether
 * automation readiness and learning need are high, so the rule set's thresholds of the run apply;
 * the scores themselves travel along for reports.
 *
 * @param learningNeed null when unscored
 * @param automationReadiness null when unscored
 * @param taskLengthHours null when unknown
 * @param errorCost 1–5, null when unknown
 * @param timeSharePct 0–100, null when the role gave none
 * @param confidence 0–1, as the run scored it
 * @param estimated whether any answer it was scored with is an estimate nobody has confirmed
 */
public record ScoredTask(
    long taskId,
    long roleId,
    Double learningNeed,
    Double automationReadiness,
    TaskClass taskClass,
    Double taskLengthHours,
    Integer errorCost,
    Double timeSharePct,
    double confidence,
    boolean estimated) {

  public ScoredTask {
    requireNonNull(taskClass, "taskClass");
    if (taskLengthHours != null && !(taskLengthHours > 0)) {
      throw new IllegalArgumentException(
          "Task "
              + taskId
              + ": a task length is a number of hours above 0, not "
              + taskLengthHours
              + ".");
    }
    if (errorCost != null && (errorCost < 1 || errorCost > 5)) {
      throw new IllegalArgumentException(
          "Task " + taskId + ": error cost is 1–5, not " + errorCost + ".");
    }
    if (timeSharePct != null && !(timeSharePct >= 0 && timeSharePct <= 100)) {
      throw new IllegalArgumentException(
          "Task " + taskId + ": a time share is 0–100 %, not " + timeSharePct + ".");
    }
    if (!(confidence >= 0 && confidence <= 1)) {
      throw new IllegalArgumentException(
          "Task " + taskId + ": confidence is 0–1, not " + confidence + ".");
    }
  }

  /** A task of a stored assessment run: its inputs (answers with provenance) and its results. */
  public static ScoredTask of(TaskInput input, TaskResult result) {
    double length = input.facts().answer(TaskFact.TASK_LENGTH_HOURS);
    double errorCost = input.facts().answer(TaskFact.ERROR_COST);
    return new ScoredTask(
        input.taskId(),
        input.roleId(),
        result.learningNeed().isPresent() ? result.learningNeed().getAsDouble() : null,
        result.automationReadiness().isPresent()
            ? result.automationReadiness().getAsDouble()
            : null,
        result.taskClass(),
        Double.isNaN(length) ? null : length,
        Double.isNaN(errorCost) ? null : (int) errorCost,
        input.timeSharePct() == null ? null : input.timeSharePct().doubleValue(),
        result.confidence(),
        input.facts().estimatedBits() != 0);
  }

  /** High automation readiness: the naive exposure counts it, whatever the year. */
  public boolean isReady() {
    return taskClass == TaskClass.AUTOMATABLE || taskClass == TaskClass.AUGMENTABLE;
  }

  /** High learning need: at most augmented until continual learning arrives. */
  public boolean needsLearning() {
    return taskClass == TaskClass.AUGMENTABLE || taskClass == TaskClass.LEARNING_BOUND;
  }
}
