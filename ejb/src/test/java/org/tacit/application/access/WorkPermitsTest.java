package org.tacit.application.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.tacit.application.access.WorkPermits.Permit;

class WorkPermitsTest {

  @RegisterExtension final SecurityEvents events = new SecurityEvents();

  @Test
  void theDefaultsAreTwoRunsOneImportAndTwoPdfRendersAtOncePerPerson() {
    WorkPermits permits = WorkPermits.of(Map.of());

    assertThat(permits.limit(Work.RUN)).isEqualTo(2);
    assertThat(permits.limit(Work.IMPORT)).isEqualTo(1);
    assertThat(permits.limit(Work.PDF_RENDER)).isEqualTo(2);
  }

  @Test
  void aPersonOverTheLimitIsRefusedWithWhenToTryAgainAndTheRefusalIsLogged() {
    WorkPermits permits = WorkPermits.of(Map.of(Work.RUN, 2));
    permits.take("anna", Work.RUN);
    permits.take("anna", Work.RUN);

    assertThatThrownBy(() -> permits.take("anna", Work.RUN))
        .isInstanceOfSatisfying(
            TooManyAtOnceException.class,
            e -> {
              assertThat(e.retryAfterSeconds())
                  .isEqualTo(Work.RUN.retryAfterSeconds())
                  .isPositive();
              assertThat(e.work()).isEqualTo(Work.RUN);
            })
        .hasMessage(
            "You already have 2 assessment runs under way, the most one person may have at once."
                + " Try again when one has finished.");
    assertThat(permits.underWay("anna", Work.RUN)).isEqualTo(2);
    assertThat(events.lines())
        .singleElement()
        .asString()
        .contains(
            "user=\"anna\"",
            "action=\"limit\"",
            "object=\"assessment run\"",
            "outcome=refused",
            "detail=\"too many at once\"");
  }

  @Test
  void limitsCountPerPersonAndPerKindOfWork() {
    WorkPermits permits = WorkPermits.of(Map.of(Work.IMPORT, 1));
    permits.take("hedda", Work.IMPORT);

    permits.take("ivar", Work.IMPORT);
    permits.take("hedda", Work.PDF_RENDER);
    assertThatThrownBy(() -> permits.take("hedda", Work.IMPORT))
        .isInstanceOf(TooManyAtOnceException.class);
  }

  @Test
  void theServerCountsEveryonesWorkOfAKindTogetherForItsOperator() {
    WorkPermits permits = WorkPermits.of(Map.of(Work.RUN, 2));
    Permit first = permits.take("hedda", Work.RUN);
    permits.take("hedda", Work.RUN);
    permits.take("ivar", Work.RUN);
    permits.take("ivar", Work.IMPORT);

    assertThat(permits.underWay(Work.RUN)).isEqualTo(3);
    assertThat(permits.underWay(Work.IMPORT)).isEqualTo(1);
    assertThat(permits.underWay(Work.PDF_RENDER)).isZero();
    first.close();
    assertThat(permits.underWay(Work.RUN)).isEqualTo(2);
  }

  @Test
  void closingAPermitLetsTheNextOneStartAndClosingTwiceGivesNothingBack() {
    WorkPermits permits = WorkPermits.of(Map.of(Work.IMPORT, 1));
    Permit first = permits.take("hedda", Work.IMPORT);
    first.close();
    first.close();

    Permit second = permits.take("hedda", Work.IMPORT);
    assertThat(permits.underWay("hedda", Work.IMPORT)).isEqualTo(1);
    assertThatThrownBy(() -> permits.take("hedda", Work.IMPORT))
        .isInstanceOf(TooManyAtOnceException.class);
    second.close();
    assertThat(permits.underWay("hedda", Work.IMPORT)).isZero();
  }

  @Test
  void workThatFailsStillGivesItsPermitBack() {
    WorkPermits permits = WorkPermits.of(Map.of(Work.PDF_RENDER, 1));

    assertThatThrownBy(
            () -> {
              try (Permit permit = permits.take("anna", Work.PDF_RENDER)) {
                throw new IllegalStateException("the render failed");
              }
            })
        .hasMessage("the render failed");
    assertThat(permits.underWay("anna", Work.PDF_RENDER)).isZero();
  }

  @Test
  void manyAtOnceNeverGetMorePermitsThanTheLimit() throws Exception {
    WorkPermits permits = WorkPermits.of(Map.of(Work.RUN, 3));
    ExecutorService threads = Executors.newFixedThreadPool(8);
    CountDownLatch start = new CountDownLatch(1);
    try {
      List<Future<Boolean>> tries = new ArrayList<>();
      for (int i = 0; i < 40; i++) {
        tries.add(
            threads.submit(
                () -> {
                  start.await();
                  try {
                    permits.take("anna", Work.RUN);
                    return true;
                  } catch (TooManyAtOnceException refused) {
                    return false;
                  }
                }));
      }
      start.countDown();
      int granted = 0;
      for (Future<Boolean> attempt : tries) {
        granted += attempt.get(10, TimeUnit.SECONDS) ? 1 : 0;
      }
      assertThat(granted).isEqualTo(3);
      assertThat(permits.underWay("anna", Work.RUN)).isEqualTo(3);
    } finally {
      threads.shutdownNow();
    }
  }

  @Test
  void aLimitBelowOneIsAMistakeInTheSettings() {
    assertThatThrownBy(() -> WorkPermits.of(Map.of(Work.IMPORT, 0)))
        .hasMessage("tacit.limits.imports must be at least 1 (got 0).");
  }
}
