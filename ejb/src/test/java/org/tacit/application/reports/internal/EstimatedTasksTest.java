package org.tacit.application.reports.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.tacit.application.reports.EstimatedTask;
import org.tacit.domain.model.assessment.TaskInput;
import org.tacit.domain.model.inventory.Provenance;
import org.tacit.domain.model.inventory.TaskFact;
import org.tacit.domain.model.inventory.TaskFacts;

class EstimatedTasksTest {

  private static final Map<TaskFact, BigDecimal> THREE =
      Map.of(
          TaskFact.NOVELTY, BigDecimal.ONE,
          TaskFact.DIGITAL_IO, BigDecimal.valueOf(2),
          TaskFact.ERROR_COST, BigDecimal.ONE);

  @Test
  void aTaskWhoseAnswersAreMostlyEstimatesIsListedWithItsHoursMostHoursFirst() {
    EstimatedTask.Top top =
        EstimatedTasks.of(
            List.of(
                task(1, "10", TaskFacts.estimated(THREE)),
                task(2, "40", TaskFacts.estimated(THREE)),
                task(3, "50", TaskFacts.confirmed(THREE)),
                task(4, null, TaskFacts.estimated(THREE))),
            1);

    assertThat(top.total())
        .as("the confirmed task and the one without hours left out")
        .isEqualTo(2);
    assertThat(top.tasks())
        .singleElement()
        .satisfies(
            t -> {
              assertThat(t.taskId()).isEqualTo(2);
              assertThat(t.estimated()).isEqualTo(3);
              assertThat(t.answered()).isEqualTo(3);
              // 2 FTE × 1,720 hours × 40 %
              assertThat(t.hours()).isCloseTo(1376, within(1e-9));
            });
  }

  @Test
  void halfTheAnswersEstimatedIsNotMostly() {
    TaskFacts half =
        TaskFacts.confirmed(Map.of(TaskFact.NOVELTY, BigDecimal.ONE))
            .with(TaskFact.DIGITAL_IO, BigDecimal.valueOf(2), Provenance.ESTIMATED);

    assertThat(EstimatedTasks.of(List.of(task(1, "50", half)), 5).total()).isZero();
  }

  private static TaskInput task(long id, String share, TaskFacts facts) {
    return new TaskInput(
        id,
        1,
        "FIN",
        "Finance",
        7,
        "Accounts clerk",
        null,
        new BigDecimal("2"),
        new BigDecimal("50000"),
        "Task " + id,
        share == null ? null : new BigDecimal(share),
        facts);
  }
}
