package org.tacit.domain.model.inventory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.tacit.domain.Refused;
import org.tacit.text.Words;

class TaskFactsTest {

  @Test
  void answersGivenByHrAreConfirmedAndUnknownOnesAbsent() {
    TaskFacts facts = TaskFacts.confirmed(Map.of(TaskFact.NOVELTY, BigDecimal.valueOf(4)));

    assertThat(facts.value(TaskFact.NOVELTY)).contains(BigDecimal.valueOf(4));
    assertThat(facts.provenance(TaskFact.NOVELTY)).contains(Provenance.CONFIRMED);
    assertThat(facts.value(TaskFact.ERROR_COST)).isEmpty();
    assertThat(facts.provenance(TaskFact.ERROR_COST)).isEmpty();
  }

  @Test
  void answersDerivedFromOnetAreAllEstimates() {
    TaskFacts facts =
        TaskFacts.estimated(
            Map.of(TaskFact.NOVELTY, BigDecimal.valueOf(2), TaskFact.REPETITION, BigDecimal.ONE));

    assertThat(facts.provenance(TaskFact.NOVELTY)).contains(Provenance.ESTIMATED);
    assertThat(facts.provenance(TaskFact.REPETITION)).contains(Provenance.ESTIMATED);
    assertThat(facts.provenance(TaskFact.ERROR_COST)).isEmpty();
  }

  @Test
  void anEstimateStaysMarkedUntilSomeoneConfirmsIt() {
    TaskFacts estimated =
        TaskFacts.none().with(TaskFact.REPETITION, BigDecimal.valueOf(5), Provenance.ESTIMATED);
    TaskFacts confirmed =
        estimated.with(TaskFact.REPETITION, BigDecimal.valueOf(5), Provenance.CONFIRMED);

    assertThat(estimated.provenance(TaskFact.REPETITION)).contains(Provenance.ESTIMATED);
    assertThat(confirmed.provenance(TaskFact.REPETITION)).contains(Provenance.CONFIRMED);
    assertThat(estimated).as("revising makes a copy").isNotEqualTo(confirmed);
  }

  @Test
  void clearingAnAnswerMakesItUnknownAgain() {
    TaskFacts facts =
        TaskFacts.none()
            .with(TaskFact.DIGITAL_IO, BigDecimal.ONE, Provenance.ESTIMATED)
            .with(TaskFact.DIGITAL_IO, null, Provenance.CONFIRMED);

    assertThat(facts.value(TaskFact.DIGITAL_IO)).isEmpty();
    assertThat(facts.answers()).isEmpty();
  }

  @Test
  void equalAnswersAreEqualWhateverTheirScale() {
    TaskFacts a = TaskFacts.confirmed(Map.of(TaskFact.TASK_LENGTH_HOURS, new BigDecimal("1.50")));
    TaskFacts b = TaskFacts.confirmed(Map.of(TaskFact.TASK_LENGTH_HOURS, new BigDecimal("1.5")));

    assertThat(a).isEqualTo(b).hasSameHashCodeAs(b);
  }

  @Test
  void theScorersPlainNumbersAgreeWithTheStoredAnswers() {
    TaskFacts facts =
        TaskFacts.none()
            .with(TaskFact.NOVELTY, BigDecimal.valueOf(4), Provenance.ESTIMATED)
            .with(TaskFact.TASK_LENGTH_HOURS, new BigDecimal("2.50"), Provenance.CONFIRMED);

    assertThat(facts.answer(TaskFact.NOVELTY)).isEqualTo(4.0);
    assertThat(facts.answer(TaskFact.TASK_LENGTH_HOURS)).isEqualTo(2.5);
    assertThat(facts.answer(TaskFact.ERROR_COST)).as("unknown").isNaN();
    assertThat(facts.isEstimated(TaskFact.NOVELTY)).isTrue();
    assertThat(facts.isEstimated(TaskFact.TASK_LENGTH_HOURS)).isFalse();
    assertThat(facts.isEstimated(TaskFact.ERROR_COST)).as("unknown is not an estimate").isFalse();
  }

  @ParameterizedTest
  @CsvSource({
    "NOVELTY, 0",
    "NOVELTY, 6",
    "NOVELTY, 2.5",
    "TASK_LENGTH_HOURS, 0",
    "TASK_LENGTH_HOURS, -1"
  })
  void anAnswerOutsideItsScaleIsRefused(TaskFact fact, BigDecimal value) {
    assertThatThrownBy(() -> TaskFacts.none().with(fact, value, Provenance.CONFIRMED))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining(fact.column())
        .isInstanceOfSatisfying(
            Refused.class,
            refused ->
                assertThat(refused.sentence().in(Words.in(Locale.GERMAN)))
                    .as("the role page says it in the reader's language")
                    .isNotEqualTo(refused.getMessage())
                    .contains(fact.column()));
  }
}
