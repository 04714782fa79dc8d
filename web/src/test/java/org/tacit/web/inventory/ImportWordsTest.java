package org.tacit.web.inventory;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.tacit.application.inventory.ImportPreview.FactChange;

class ImportWordsTest {

  @Test
  void aChangedFactReadsWithItsNameOldAndNewInTheReadersNotation() {
    assertThat(
            ImportWords.change(
                new FactChange("role_headcount", "4", "5.5", false, false), Locale.ENGLISH, "EUR"))
        .isEqualTo("Headcount (FTE): 4 → 5.5");
    assertThat(
            ImportWords.change(
                new FactChange("role_headcount", "4", "5.5", false, false), Locale.GERMAN, "EUR"))
        .isEqualTo("Personalstärke (VZÄ): 4 → 5,5");
  }

  @Test
  void sharesCarryAPerCentSignMoneyItsCurrencyAndEstimatesAreMarked() {
    assertThat(
            ImportWords.change(
                new FactChange("task_time_share_pct", "12.5", "20", true, false),
                Locale.ENGLISH,
                "EUR"))
        .isEqualTo("Time share: 12.5 % (estimate) → 20 %");
    assertThat(
            ImportWords.change(
                new FactChange("role_annual_cost", null, "52000", false, false),
                Locale.ENGLISH,
                "EUR"))
        .isEqualTo("Annual cost per FTE: €52,000");
  }

  @Test
  void anAnswerIsNamedAsTheAnswerGridNamesItAndABlankSaysSo() {
    assertThat(
            ImportWords.change(
                new FactChange("tacit_context", "3", null, false, false), Locale.ENGLISH, "EUR"))
        .isEqualTo("Context: 3 → blank");
  }
}
