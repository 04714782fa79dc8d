package org.tacit.domain.model.inventory;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

class TaskFactTest {

  @Test
  void theRubricHasTheThirteenColumnsOfTheMethodInTemplateOrder() {
    assertThat(Arrays.stream(TaskFact.values()).map(TaskFact::column))
        .containsExactly(
            "tacit_context",
            "novelty",
            "feedback_delay",
            "time_to_proficiency",
            "performance_spread",
            "relationship_trust",
            "digital_io",
            "verifiability",
            "documented_procedure",
            "repetition",
            "task_length_hours",
            "physical_presence",
            "error_cost");
  }

  @ParameterizedTest
  @CsvSource({
    "tacit_context,        LEARNING_NEED",
    "novelty,              LEARNING_NEED",
    "feedback_delay,       LEARNING_NEED",
    "time_to_proficiency,  LEARNING_NEED",
    "performance_spread,   LEARNING_NEED",
    "relationship_trust,   LEARNING_NEED",
    "digital_io,           AUTOMATION_READINESS",
    "verifiability,        AUTOMATION_READINESS",
    "documented_procedure, AUTOMATION_READINESS",
    "repetition,           AUTOMATION_READINESS",
    "task_length_hours,    AUTOMATION_READINESS",
    "physical_presence,    AUTOMATION_READINESS",
    "error_cost,           AUTOMATION_READINESS"
  })
  void eachFactInformsOneAxis(String column, Axis axis) {
    assertThat(TaskFact.ofColumn(column)).get().extracting(TaskFact::axis).isEqualTo(axis);
  }

  @ParameterizedTest
  @EnumSource(TaskFact.class)
  void everyFactExplainsItselfInOneLine(TaskFact fact) {
    assertThat(fact.description()).isNotBlank().doesNotContain("\n");
  }

  @ParameterizedTest
  @CsvSource({
    "time_to_proficiency, 1, <1 week",
    "time_to_proficiency, 3, 1–6 months",
    "time_to_proficiency, 5, >2 years",
    "novelty,             1, <5%",
    "novelty,             5, >50%",
    "feedback_delay,      1, checkable at once",
    "feedback_delay,      5, months later",
    "tacit_context,       5, almost all",
    "digital_io,          1, not at all",
    "repetition,          5, always"
  })
  void levelsSayWhatTheyMeanWhereTheMethodSaysSo(String column, int level, String meaning) {
    assertThat(TaskFact.ofColumn(column).orElseThrow().levelDescription(level)).contains(meaning);
  }

  @Test
  void middleLevelsWithoutWordsInTheMethodHaveNone() {
    assertThat(TaskFact.NOVELTY.levelDescription(3)).isEmpty();
    assertThat(TaskFact.TASK_LENGTH_HOURS.levelDescription(1)).isEmpty();
    assertThat(TaskFact.TASK_LENGTH_HOURS.isLevel()).isFalse();
  }

  @ParameterizedTest
  @CsvSource({
    "novelty,           1,     1",
    "novelty,           ' 5 ', 5",
    "novelty,           3.0,   3",
    "error_cost,        4,     4",
    "task_length_hours, 0.5,   0.5",
    "task_length_hours, '2,5', 2.5",
    "task_length_hours, 2000,  2000"
  })
  void aCellOnTheFactsScaleReadsAsItsNumber(String column, String cell, BigDecimal expected) {
    CellReading reading = TaskFact.ofColumn(column).orElseThrow().read(cell);

    assertThat(reading.value()).isEqualByComparingTo(expected);
    assertThat(reading.hasProblem()).isFalse();
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "novelty           | 7      | novelty must be a whole number from 1 to 5 (got '7')",
        "novelty           | 0      | novelty must be a whole number from 1 to 5 (got '0')",
        "novelty           | 2.5    | novelty must be a whole number from 1 to 5 (got '2.5')",
        "novelty           | high   | novelty must be a whole number from 1 to 5 (got 'high')",
        "repetition        | -3     | repetition must be a whole number from 1 to 5 (got '-3')",
        "task_length_hours | 0      | task_length_hours must be a number above 0 and at most 2000"
            + " (got '0')",
        "task_length_hours | 2000.5 | task_length_hours must be a number above 0 and at most 2000"
            + " (got '2000.5')",
        "task_length_hours | 1e3    | task_length_hours must be a number above 0 and at most 2000"
            + " (got '1e3')"
      })
  void aCellOffTheFactsScaleIsAProblemThatSaysWhatToType(
      String column, String cell, String problem) {
    assertThat(TaskFact.ofColumn(column).orElseThrow().read(cell).problem().inEnglish())
        .isEqualTo(problem);
  }

  @ParameterizedTest
  @EnumSource(TaskFact.class)
  void aBlankAnswerIsUnknownRatherThanAProblem(TaskFact fact) {
    assertThat(fact.read("  ")).isEqualTo(CellReading.blank());
    assertThat(fact.read(null).asOptional()).isEmpty();
  }
}
