package org.tacit.web.inventory;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;

class FactNamesTest {

  @Test
  void aRecordedChangeNamesItsFactsAsTheAnswerGridDoes() {
    assertThat(
            FactNames.named("tacit_context 4, digital_io 2, task_length_hours 1.5", Locale.ENGLISH))
        .isEqualTo("Context 4, Digital 2, Hours 1.5");
    assertThat(FactNames.named("tacit_context 4", Locale.GERMAN)).isEqualTo("Kontext 4");
  }

  @Test
  void wordsThatAreNoFactStayAsTheyAre() {
    assertThat(FactNames.named("Check the novelty of claims · share 12.5", Locale.ENGLISH))
        .isEqualTo("Check the novelty of claims · share 12.5");
    assertThat(FactNames.label("error_cost", Locale.ENGLISH)).isEqualTo("Error cost");
  }
}
