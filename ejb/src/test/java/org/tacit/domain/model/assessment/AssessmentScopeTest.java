package org.tacit.domain.model.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.tacit.domain.Refused;
import org.tacit.domain.model.assessment.AssessmentScope.Kind;
import org.tacit.text.Words;

class AssessmentScopeTest {

  @Test
  void aRunOfARoleWithoutTheRoleIsRefusedNamingWhatIsMissing() {
    assertThatThrownBy(() -> new AssessmentScope(Kind.ROLE, " "))
        .hasMessage("Name the role.")
        .isInstanceOfSatisfying(
            Refused.class,
            refused ->
                assertThat(refused.sentence().in(Words.in(Locale.GERMAN)))
                    .isEqualTo("Nennen Sie die Rolle."));
  }

  @Test
  void theOrganisationTakesNoKey() {
    assertThatThrownBy(() -> new AssessmentScope(Kind.ORGANISATION, "FIN"))
        .hasMessage("The organisation needs no department or role.");
  }
}
