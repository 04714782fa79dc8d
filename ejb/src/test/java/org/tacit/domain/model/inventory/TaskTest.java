package org.tacit.domain.model.inventory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.tacit.domain.Refused;
import org.tacit.domain.model.organisation.Department;
import org.tacit.text.Words;

class TaskTest {

  private static final Role CLERK =
      new Role(new Department("OPS", "Operations", null), null, "Clerk");

  private static final Task FILING =
      new Task(CLERK, "Files the invoices", BigDecimal.TEN, TaskFacts.none());

  @Test
  void aTimeShareAbove100IsRefusedInTheEditorsLanguageWhileTheApiKeepsTheEnglishMessage() {
    assertThatThrownBy(() -> FILING.share(new BigDecimal("150.5")))
        .hasMessage("A time share is between 0 and 100 % (got 150.5).")
        .isInstanceOfSatisfying(
            Refused.class,
            refused ->
                assertThat(refused.sentence().in(Words.in(Locale.GERMAN)))
                    .isEqualTo("Ein Zeitanteil liegt zwischen 0 und 100 % (eingegeben: 150,5)."));
  }

  @Test
  void aTaskWithoutAStatementIsRefusedInGerman() {
    assertThatThrownBy(() -> FILING.restate(" "))
        .hasMessage("A task needs a statement.")
        .isInstanceOfSatisfying(
            Refused.class,
            refused ->
                assertThat(refused.sentence().in(Words.in(Locale.GERMAN)))
                    .isEqualTo("Eine Aufgabe braucht eine Beschreibung."));
  }

  @Test
  void aStatementTooLongForTheColumnIsRefusedWithItsLimit() {
    assertThatThrownBy(() -> FILING.restate("x".repeat(2001)))
        .hasMessage("A task statement has at most 2,000 characters.");
  }

  @Test
  void aNegativeHeadcountIsRefusedInGerman() {
    assertThatThrownBy(() -> CLERK.staff(new BigDecimal("-1"), null))
        .hasMessage("Headcount cannot be negative.")
        .isInstanceOfSatisfying(
            Refused.class,
            refused ->
                assertThat(refused.sentence().in(Words.in(Locale.GERMAN)))
                    .isEqualTo("Die Personalstärke kann nicht negativ sein."));
  }
}
