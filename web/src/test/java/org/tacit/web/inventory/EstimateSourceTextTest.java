package org.tacit.web.inventory;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.tacit.application.inventory.Estimate;

class EstimateSourceTextTest {

  private static final List<Object> ACCOUNTANTS =
      List.of("O*NET 27.0", "Accountants and Auditors", "13-2011.00");
  private final EstimateSourceText text = new EstimateSourceText(Locale.ENGLISH);

  @Test
  void anEstimateNamesTheReleaseTheOccupationAndTheFiguresItWasReadFrom() {
    assertThat(text.of(estimate("tacit_context", 62)))
        .isEqualTo(
            "Estimated from O*NET 27.0, Accountants and Auditors (13-2011.00): importance of Active"
                + " Learning 62 of 100, at the nearest O*NET anchor.");
    assertThat(text.of(estimate("novelty", new BigDecimal("0.5"), new BigDecimal("0.3"))))
        .contains("unstructured work (50%) and of not repeating the same tasks (30%)");
    assertThat(text.of(estimate("digital_io.task", 3, 0, 3, 0, 0)))
        .contains("this task's 3 work activities (3 information;");
    assertThat(text.of(estimate("repetition.task", new BigDecimal("4.25"))))
        .contains("done 4.25 times a workday");
  }

  @Test
  void aSourceTheBundleHasNoWordsForStillNamesItsOccupation() {
    assertThat(text.of(estimate("some_new_fact")))
        .isEqualTo("Estimated from O*NET 27.0, Accountants and Auditors (13-2011.00).");
  }

  @ParameterizedTest
  @CsvSource({
    "stored",
    "onet",
    "task_length_hours",
    "time_to_proficiency",
    "verifiability",
    "physical_presence.occupation",
    "relationship_trust.occupation",
    "repetition.occupation"
  })
  void everySourceTheServiceNamesHasWords(String source) {
    assertThat(
            ResourceBundle.getBundle(org.tacit.text.Words.BUNDLE)
                .containsKey("estimate.source." + source))
        .isTrue();
  }

  private static Estimate estimate(String source, Object... figures) {
    List<Object> arguments = new java.util.ArrayList<>(ACCOUNTANTS);
    arguments.addAll(List.of(figures));
    return new Estimate(1, "x", BigDecimal.ONE, "estimate.source." + source, arguments);
  }
}
