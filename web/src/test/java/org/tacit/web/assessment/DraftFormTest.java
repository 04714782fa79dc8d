package org.tacit.web.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.tacit.application.assessment.RuleSetEdit;
import org.tacit.application.assessment.RuleSetSummary;
import org.tacit.application.assessment.RuleSetSummary.RuleWeight;

class DraftFormTest {

  private static final List<RuleWeight> CATALOGUE =
      List.of(
          new RuleWeight("LEARN-TACIT", "tacit_context", "L", "for", "unwritten context", 3),
          new RuleWeight("AUTO-DIGITAL", "digital_io", "A", "for", "digital inputs and outputs", 3),
          new RuleWeight("AUTO-PHYSICAL", "physical_presence", "A", "against", "hands-on work", 3));

  @Test
  void theEditorShowsTheStoredDraftAndSavesWhatWasTypedQuotingTheRowVersionItShowed() {
    DraftForm form = new DraftForm(CATALOGUE);
    form.fill(draft(7, List.of(CATALOGUE.get(0), CATALOGUE.get(1))));

    assertThat(form.getLearningRows())
        .extracting(DraftForm.WeightRow::getRuleId)
        .containsExactly("LEARN-TACIT");
    assertThat(form.getReadinessRows())
        .extracting(DraftForm.WeightRow::getWeight)
        .containsExactly(3.0, 0.0);

    form.getReadinessRows().get(0).setWeight(5.0);
    form.setAutomationReadinessThreshold(55.0);
    RuleSetEdit edit = form.edit();

    assertThat(edit.rowVersion()).isEqualTo(7);
    assertThat(edit.weights())
        .containsEntry("AUTO-DIGITAL", 5.0)
        .containsEntry("AUTO-PHYSICAL", 0.0);
    assertThat(edit.automationReadinessThreshold()).isEqualTo(55.0);
    assertThat(edit.note()).isEqualTo("Draft based on version 1.");
  }

  @Test
  void aBlankFieldIsLeftForTheServiceToRefuseWithItsReason() {
    DraftForm form = new DraftForm(CATALOGUE);
    form.fill(draft(1, CATALOGUE));
    form.setEstimateCredit(null);

    assertThat(form.edit().estimateCredit()).isNaN();
  }

  private static RuleSetSummary draft(long rowVersion, List<RuleWeight> rules) {
    return new RuleSetSummary(
        2,
        rowVersion,
        "DRAFT",
        50,
        60,
        0.5,
        "Draft based on version 1.",
        Instant.EPOCH,
        "ada",
        null,
        null,
        rules);
  }
}
