package org.tacit.domain.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.tacit.domain.model.assessment.TaskInput;
import org.tacit.domain.model.assessment.TaskResult;
import org.tacit.domain.model.inventory.Provenance;
import org.tacit.domain.model.inventory.TaskFact;
import org.tacit.domain.model.inventory.TaskFacts;
import org.tacit.domain.scoring.TaskClass;

class WorkforceTest {

  private static TaskInput input(
      long taskId, long roleId, String headcount, String share, TaskFacts facts) {
    return new TaskInput(
        taskId,
        3,
        "FIN",
        "Finance",
        roleId,
        "Accounts payable clerk",
        null,
        headcount == null ? null : new BigDecimal(headcount),
        new BigDecimal("60000"),
        "Match invoices",
        share == null ? null : new BigDecimal(share),
        facts);
  }

  @Test
  void aStoredRunBecomesAWorkforceWithEachRoleOnceAndEveryTaskAsScored() {
    TaskFacts facts =
        TaskFacts.confirmed(
                Map.of(
                    TaskFact.TASK_LENGTH_HOURS,
                    new BigDecimal("0.5"),
                    TaskFact.ERROR_COST,
                    BigDecimal.valueOf(2)))
            .with(TaskFact.NOVELTY, BigDecimal.ONE, Provenance.ESTIMATED);
    List<TaskInput> inputs =
        List.of(input(1, 7, "4", "40", facts), input(2, 7, "4", "60", TaskFacts.none()));
    List<TaskResult> results =
        List.of(
            new TaskResult(20, 85, TaskClass.AUTOMATABLE, 0.6, Map.of()),
            new TaskResult(Double.NaN, Double.NaN, TaskClass.UNSCORED, 0, Map.of()));

    Workforce workforce = Workforce.fromRun(inputs, results);

    assertThat(workforce.roles()).containsExactly(new StaffedRole(7, 4.0, 60_000.0));
    assertThat(workforce.tasksOf(7))
        .containsExactly(
            new ScoredTask(1, 7, 20.0, 85.0, TaskClass.AUTOMATABLE, 0.5, 2, 40.0, 0.6, true),
            new ScoredTask(2, 7, null, null, TaskClass.UNSCORED, null, null, 60.0, 0, false));
  }

  @Test
  void aRunWithoutAResultForEveryInputIsRefused() {
    assertThatThrownBy(
            () -> Workforce.fromRun(List.of(input(1, 7, null, null, TaskFacts.none())), List.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("A run has one result per input, not 0 for 1.");
  }

  @Test
  void aRolesHoursDivideOverTheClassesOfItsTasksWithUnsharedTasksTakingWhatIsLeft() {
    TaskFacts none = TaskFacts.none();
    List<TaskInput> inputs =
        List.of(
            input(1, 7, "2", "50", none),
            input(2, 7, "2", null, none),
            input(3, 7, "2", null, none),
            input(4, 8, null, "100", none));
    List<TaskResult> results =
        List.of(
            new TaskResult(20, 85, TaskClass.AUTOMATABLE, 1, Map.of()),
            new TaskResult(80, 20, TaskClass.LEARNING_BOUND, 1, Map.of()),
            new TaskResult(25, 90, TaskClass.AUTOMATABLE, 1, Map.of()),
            new TaskResult(25, 90, TaskClass.AUTOMATABLE, 1, Map.of()));

    Workforce workforce = Workforce.fromRun(inputs, results);

    // 2 FTE × 1,720 h: 50 % given, the other two tasks 25 % each.
    assertThat(workforce.hoursByClass(7))
        .containsOnly(
            Map.entry(TaskClass.AUTOMATABLE, 2580.0), Map.entry(TaskClass.LEARNING_BOUND, 860.0));
    assertThat(workforce.hoursByClass(8)).containsOnly(Map.entry(TaskClass.AUTOMATABLE, 0.0));
    assertThat(workforce.timeShares(7))
        .containsExactly(Map.entry(1L, 0.5), Map.entry(2L, 0.25), Map.entry(3L, 0.25));
    assertThat(workforce.taskHours(7)).containsExactly(1720.0, 860.0, 860.0);
    assertThat(workforce.taskHours(8)).containsExactly(0.0); // no headcount, no hours
  }
}
