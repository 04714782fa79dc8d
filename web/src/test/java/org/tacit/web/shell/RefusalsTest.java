package org.tacit.web.shell;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.ejb.EJBException;
import org.junit.jupiter.api.Test;
import org.tacit.application.access.NotPermittedException;
import org.tacit.application.access.TooManyAtOnceException;
import org.tacit.application.access.Work;

class RefusalsTest {

  @Test
  void aRefusalOrAnInvalidInputWrappedByTheContainerIsShownWithItsReason() {
    assertThat(Refusals.reason(new NotPermittedException("You may not change department OPS.")))
        .contains("You may not change department OPS.");
    assertThat(
            Refusals.reason(
                new EJBException(new IllegalArgumentException("A task needs a statement."))))
        .contains("A task needs a statement.");
  }

  @Test
  void tooMuchWorkUnderWayIsARefusalThatSaysToTryAgain() {
    assertThat(Refusals.reason(new TooManyAtOnceException(Work.IMPORT, 1)))
        .contains(
            "You already have 1 import under way, the most one person may have at once."
                + " Try again when it has finished.");
  }

  @Test
  void aFailureThatIsNoRefusalIsNotTurnedIntoAMessage() {
    assertThat(Refusals.reason(new EJBException(new IllegalStateException("database gone"))))
        .isEmpty();
    assertThat(Refusals.reason(new IllegalStateException("bug"))).isEmpty();
  }
}
