package org.tacit.application.reports.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.tacit.application.reports.EstimatedTask;
import org.tacit.domain.model.assessment.TaskInput;
import org.tacit.domain.model.inventory.TaskFact;
import org.tacit.domain.scenario.StaffedRole;

/**
 * The tasks whose scores rest mostly on estimates: more than half of their answers are ones nobody
 * has confirmed. Most hours first, since confirming those moves the figures most. A task whose role
 * gives no headcount or no time share has no hours and is left out.
 */
final class EstimatedTasks {

  static final Comparator<EstimatedTask> MOST_HOURS_FIRST =
      Comparator.comparingDouble(EstimatedTask::hours)
          .reversed()
          .thenComparingLong(EstimatedTask::taskId);

  private EstimatedTasks() {}

  static EstimatedTask.Top of(List<TaskInput> tasks, int max) {
    List<EstimatedTask> found = new ArrayList<>();
    for (TaskInput task : tasks) {
      int answered = 0;
      int estimated = 0;
      for (TaskFact fact : TaskFact.values()) {
        if (task.facts().value(fact).isPresent()) {
          answered++;
          if (task.facts().isEstimated(fact)) {
            estimated++;
          }
        }
      }
      if (2 * estimated > answered && task.headcountFte() != null && task.timeSharePct() != null) {
        double hours =
            task.headcountFte().doubleValue()
                * StaffedRole.ANNUAL_HOURS_PER_FTE
                * task.timeSharePct().doubleValue()
                / 100;
        if (hours > 0) {
          found.add(
              new EstimatedTask(
                  task.taskId(),
                  task.roleId(),
                  task.roleTitle(),
                  task.departmentCode(),
                  task.statement(),
                  estimated,
                  answered,
                  hours));
        }
      }
    }
    found.sort(MOST_HOURS_FIRST);
    return new EstimatedTask.Top(found.subList(0, Math.min(max, found.size())), found.size());
  }
}
