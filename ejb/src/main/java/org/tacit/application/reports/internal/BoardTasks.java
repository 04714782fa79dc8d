package org.tacit.application.reports.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.tacit.application.assessment.ScoreReason;
import org.tacit.application.assessment.TaskScoreSummaries;
import org.tacit.domain.model.assessment.TaskInput;
import org.tacit.domain.model.assessment.TaskResult;
import org.tacit.domain.report.BoardReport.TaskLine;
import org.tacit.domain.scenario.ScoredTask;
import org.tacit.domain.scenario.StaffedRole;
import org.tacit.domain.scenario.Workforce;
import org.tacit.domain.scoring.TaskClass;
import org.tacit.text.Words;

/**
 * What the board report reads task by task: each task's yearly hours (its role's time divided as
 * the engine divides it), and the tasks with the most hours in a class with the reasons that weigh
 * most in their scores.
 */
final class BoardTasks {

  static final int TOP = 10;
  private static final int REASONS = 3;

  private final ScoredOrganisation scored;
  private final Words words;
  private final Map<Long, Double> hoursOfTask = new HashMap<>();

  /** Reading {@code scored}, with the reasons in {@code words}' language. */
  BoardTasks(ScoredOrganisation scored, Words words) {
    this.scored = scored;
    this.words = words;
    Workforce workforce = scored.workforce();
    for (StaffedRole role : workforce.roles()) {
      List<ScoredTask> tasks = workforce.tasksOf(role.roleId());
      double[] hours = workforce.taskHours(role.roleId());
      for (int t = 0; t < hours.length; t++) {
        hoursOfTask.put(tasks.get(t).taskId(), hours[t]);
      }
    }
  }

  /**
   * The tasks of {@code taskClass} with the most hours a year, most first, each with the reasons
   * that push it into its class most: what raises its automation readiness for an automatable task,
   * what raises its learning need for a learning-bound one.
   */
  List<TaskLine> top(TaskClass taskClass) {
    String axis = taskClass == TaskClass.AUTOMATABLE ? "A" : "L";
    List<Integer> picked = new ArrayList<>();
    List<TaskResult> results = scored.results();
    for (int n = 0; n < results.size(); n++) {
      if (results.get(n).taskClass() == taskClass && hours(n) > 0) {
        picked.add(n);
      }
    }
    picked.sort(
        Comparator.comparingDouble(this::hours)
            .reversed()
            .thenComparing(n -> scored.inputs().get(n).statement()));
    List<TaskLine> lines = new ArrayList<>();
    for (int n : picked.subList(0, Math.min(TOP, picked.size()))) {
      TaskInput input = scored.inputs().get(n);
      List<ScoreReason> reasons =
          TaskScoreSummaries.of(input, results.get(n)).reasons().stream()
              .filter(r -> r.axis().equals(axis) && r.points() > 0)
              .sorted(Comparator.comparingDouble(ScoreReason::points).reversed())
              .toList();
      lines.add(
          new TaskLine(
              input.statement(),
              input.roleTitle(),
              input.departmentName(),
              hours(n),
              TaskScoreSummaries.boxed(results.get(n).learningNeed()),
              TaskScoreSummaries.boxed(results.get(n).automationReadiness()),
              reasons.stream().limit(REASONS).map(r -> r.in(words)).toList()));
    }
    return lines;
  }

  private double hours(int n) {
    return hoursOfTask.getOrDefault(scored.inputs().get(n).taskId(), 0.0);
  }
}
