package org.tacit.web.shell;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.ejb.EJBException;
import java.math.BigDecimal;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.tacit.application.StaleEditException;
import org.tacit.application.access.NotPermittedException;
import org.tacit.application.access.TooManyAtOnceException;
import org.tacit.application.access.Work;
import org.tacit.domain.Refused;

class RefusalsTest {

  @Test
  void aRefusalOrAnInvalidInputWrappedByTheContainerIsShownWithItsReason() {
    assertThat(
            Refusals.reason(
                NotPermittedException.saying("refused.changeDepartment", "OPS"), Locale.ENGLISH))
        .contains("You may not change department OPS.");
    assertThat(
            Refusals.reason(
                new EJBException(new IllegalArgumentException("A task needs a statement.")),
                Locale.ENGLISH))
        .contains("A task needs a statement.");
  }

  @Test
  void aRefusalIsWordedInTheReadersLanguageWhileItsMessageStaysEnglish() {
    NotPermittedException refusal = NotPermittedException.saying("refused.changeDepartment", "OPS");
    assertThat(Refusals.reason(new EJBException(refusal), Locale.GERMAN))
        .contains("Sie dürfen die Abteilung OPS nicht ändern.");
    assertThat(refusal.getMessage()).isEqualTo("You may not change department OPS.");
    assertThat(Refusals.said(new TooManyAtOnceException(Work.IMPORT, 2), Locale.GERMAN))
        .isEqualTo(
            "Sie haben bereits 2 Importe in Arbeit, so viele, wie eine Person gleichzeitig haben"
                + " darf. Versuchen Sie es erneut, wenn einer fertig ist.");
  }

  @Test
  void anEditTheDomainRefusesReachesTheEditorInTheirLanguageThroughTheContainer() {
    assertThat(
            Refusals.reason(
                new EJBException(Refused.saying("refused.task.share", new BigDecimal("120"))),
                Locale.GERMAN))
        .contains("Ein Zeitanteil liegt zwischen 0 und 100 % (eingegeben: 120).");
    assertThat(
            Refusals.reason(
                new EJBException(Refused.saying("refused.ruleSet.learningThreshold")),
                Locale.ENGLISH))
        .contains("The learning need threshold is 0–100.");
  }

  @Test
  void aStaleEditNamesWhoChangedItAndWhatWasNotDone() {
    StaleEditException stale =
        StaleEditException.saying(
            "stale.scenario", "Cautious", "ada", "2026-12-07 05:40 UTC", "delete");
    assertThat(stale.getMessage())
        .isEqualTo(
            "“Cautious” was changed meanwhile by ada on 2026-12-07 05:40 UTC; it was not deleted.");
    assertThat(Refusals.said(stale, Locale.GERMAN))
        .isEqualTo(
            "„Cautious“ wurde inzwischen von ada am 2026-12-07 05:40 UTC geändert; es wurde nicht"
                + " gelöscht.");
  }

  @Test
  void tooMuchWorkUnderWayIsARefusalThatSaysToTryAgain() {
    assertThat(Refusals.reason(new TooManyAtOnceException(Work.IMPORT, 1), Locale.ENGLISH))
        .contains(
            "You already have 1 import under way, the most one person may have at once."
                + " Try again when it has finished.");
  }

  @Test
  void aFailureThatIsNoRefusalIsNotTurnedIntoAMessage() {
    assertThat(
            Refusals.reason(
                new EJBException(new IllegalStateException("database gone")), Locale.ENGLISH))
        .isEmpty();
    assertThat(Refusals.reason(new IllegalStateException("bug"), Locale.ENGLISH)).isEmpty();
  }
}
