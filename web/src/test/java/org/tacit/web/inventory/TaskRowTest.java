package org.tacit.web.inventory;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.tacit.application.inventory.Estimate;
import org.tacit.application.inventory.TaskSummary;
import org.tacit.application.inventory.TaskSummary.FactAnswer;

class TaskRowTest {

  private static final TaskSummary TASK =
      new TaskSummary(
          7,
          3,
          "Reconcile accounts",
          new BigDecimal("20"),
          false,
          Map.of(
              "digital_io",
              new FactAnswer(new BigDecimal("5"), false),
              "novelty",
              new FactAnswer(new BigDecimal("2"), true)));
  private static final List<Estimate> ESTIMATES =
      List.of(
          new Estimate(7, "novelty", new BigDecimal("2"), "estimate.source.stored", List.of()),
          new Estimate(
              7, "tacit_context", new BigDecimal("3"), "estimate.source.tacit_context", List.of()));

  private final TaskRow row =
      new TaskRow(TASK, ESTIMATES, e -> "from " + e.sourceKey(), Locale.ENGLISH);

  @Test
  void anEstimatedLengthIsWrittenAsTheReadersLanguageWritesNumbers() {
    List<Estimate> length =
        List.of(
            new Estimate(
                7,
                "task_length_hours",
                new BigDecimal("1.580"),
                "estimate.source.task_length_hours",
                List.of()));

    assertThat(new TaskRow(TASK, length, e -> "", Locale.GERMAN).shown("task_length_hours"))
        .isEqualTo("≈1,58");
    assertThat(new TaskRow(TASK, length, e -> "", Locale.ENGLISH).shown("task_length_hours"))
        .isEqualTo("≈1.58");
  }

  @Test
  void theGridShowsEveryEstimateTheScoresUseMarkedWithItsSource() {
    assertThat(row.shown("digital_io")).isEqualTo("5");
    assertThat(row.shown("novelty")).isEqualTo("≈2");
    assertThat(row.shown("tacit_context")).isEqualTo("≈3");
    assertThat(row.shown("repetition")).isEmpty();
    assertThat(row.source("tacit_context")).isEqualTo("from estimate.source.tacit_context");
    assertThat(row.source("digital_io")).isEmpty();
    assertThat(row.hasEstimates()).isTrue();
  }

  @Test
  void savingARowLeavesAnO_NETEstimateTheEditorLeftBlankAnEstimate() {
    assertThat(row.getAnswers())
        .doesNotContainKey("tacit_context"); // its input shows ≈3 and stays blank

    Map<String, BigDecimal> sent = row.edit().facts();

    assertThat(sent.get("tacit_context")).isNull(); // not stored: O*NET keeps filling it in
    assertThat(sent)
        .containsEntry("novelty", new BigDecimal("2"))
        .containsEntry("digital_io", new BigDecimal("5"));
  }

  @Test
  void aPickedAnswerEvenTheEstimatedOneIsTheEditors() {
    row.getAnswers().put("tacit_context", new BigDecimal("3"));
    assertThat(row.edit().facts()).containsEntry("tacit_context", new BigDecimal("3"));
  }

  @Test
  void sayingEveryAnswerWasCheckedConfirmsTheEstimatesLeftBlank() {
    row.setConfirmAll(true);
    assertThat(row.edit().facts())
        .containsEntry("tacit_context", new BigDecimal("3"))
        .containsEntry("novelty", new BigDecimal("2"));
    assertThat(row.edit().confirmAll()).isTrue();
  }
}
