package org.tacit.web.inventory;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class FactColumnTest {

  @Test
  void theTableHasSixLearningNeedAndSevenReadinessColumnsInRubricOrder() {
    assertThat(FactColumn.of(true))
        .extracting(FactColumn::column)
        .containsExactly(
            "tacit_context",
            "novelty",
            "feedback_delay",
            "time_to_proficiency",
            "performance_spread",
            "relationship_trust");
    assertThat(FactColumn.of(false))
        .hasSize(7)
        .first()
        .extracting(FactColumn::column)
        .isEqualTo("digital_io");
    assertThat(FactColumn.all()).extracting(FactColumn::label).doesNotContainNull();
  }

  @Test
  void eachLevelSaysWhatItMeansWhereTheMethodNamesIt() {
    FactColumn proficiency =
        FactColumn.all().stream()
            .filter(c -> c.column().equals("time_to_proficiency"))
            .findFirst()
            .orElseThrow();

    assertThat(proficiency.levels())
        .extracting(FactColumn.Level::label)
        .containsExactly(
            "1 · <1 week", "2 · <1 month", "3 · 1–6 months", "4 · 6–24 months", "5 · >2 years");
    assertThat(proficiency.levels().get(3).value()).isEqualTo(new BigDecimal("4"));
    assertThat(proficiency.help())
        .startsWith("A capable new hire reaches full skill in")
        .contains("3 · 1–6 months");
  }

  @Test
  void taskLengthIsANumberOfHoursNotALevel() {
    FactColumn hours =
        FactColumn.all().stream()
            .filter(c -> c.column().equals("task_length_hours"))
            .findFirst()
            .orElseThrow();

    assertThat(hours.level()).isFalse();
    assertThat(hours.levels()).isEmpty();
    assertThat(hours.help()).contains("a number above 0");
  }
}
