package org.tacit.application.assessment.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.tacit.infrastructure.persistence.TestDatabase.inTransaction;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.RollbackException;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.tacit.application.access.CallerScope;
import org.tacit.application.access.SecurityEvents;
import org.tacit.application.access.WorkPermits;
import org.tacit.application.assessment.RunSummary;
import org.tacit.domain.model.assessment.AssessmentRun;
import org.tacit.domain.model.assessment.AssessmentScope;
import org.tacit.infrastructure.persistence.AssessmentRepository;
import org.tacit.infrastructure.persistence.TestDatabase;

/**
 * A run belongs to the cluster: its server writes its heartbeat and progress onto its row, any
 * server reads them there, and a run whose server went quiet is failed once, by whichever server
 * looks first, and can no longer be marked done by the server that died with it. Each "server" here
 * is a set of beans of its own over the same database.
 */
class RunWatchTest {

  @RegisterExtension final SecurityEvents events = new SecurityEvents();

  private static final CallerScope ANNA =
      new CallerScope("anna", Set.of(CallerScope.ANALYST), Set.of());

  @ParameterizedTest
  @EnumSource(TestDatabase.class)
  void aRunsServerWritesItsProgressOnItsRowAndAnotherServerShowsIt(TestDatabase database) {
    try (EntityManagerFactory jpa = database.freshJpa()) {
      long runId = open(jpa);
      long versionBefore = version(jpa, runId);
      RunProgressBoard working = new RunProgressBoard();
      working.begin(runId);
      working.total(runId, 40);
      working.done(runId, 10);

      inTransaction(
          jpa,
          em -> {
            watch(em, working).beat();
            return null;
          });

      RunSummary elsewhere =
          inTransaction(jpa, em -> AssessmentsTest.assessments(em, ANNA).run(runId));
      assertThat(elsewhere.status()).isEqualTo("RUNNING");
      assertThat(elsewhere.done()).isEqualTo(10);
      assertThat(elsewhere.total()).isEqualTo(40);
      // the heartbeat leaves the version alone: the run's own transaction can still end it
      assertThat(version(jpa, runId)).isEqualTo(versionBefore);
    }
  }

  @ParameterizedTest
  @EnumSource(TestDatabase.class)
  void aRunWhoseServerWentQuietIsFailedOnceAndThatServerCannotStillMarkItDone(
      TestDatabase database) {
    try (EntityManagerFactory jpa = database.freshJpa()) {
      long runId = open(jpa);
      // the server working on the run holds it in its transaction, as RunLedger.perform does
      EntityManager dying = jpa.createEntityManager();
      dying.getTransaction().begin();
      AssessmentRun held = dying.find(AssessmentRun.class, runId);

      Instant now = Instant.now();
      assertThat(failQuiet(jpa, now.minus(RunLedger.QUIET))).as("beat just now").isZero();
      Instant aMinuteLater = now.plus(RunLedger.QUIET).plus(Duration.ofSeconds(1));
      assertThat(failQuiet(jpa, aMinuteLater)).isEqualTo(1);
      assertThat(failQuiet(jpa, aMinuteLater)).as("already failed by another server").isZero();

      held.finish(3, Instant.now());
      assertThatThrownBy(() -> dying.getTransaction().commit())
          .isInstanceOf(RollbackException.class)
          .hasCauseInstanceOf(OptimisticLockException.class);
      dying.close();

      RunSummary run = inTransaction(jpa, em -> AssessmentsTest.assessments(em, ANNA).run(runId));
      assertThat(run.status()).isEqualTo("FAILED");
      assertThat(run.problem()).isEqualTo("The server working on this run stopped.");
      boolean beaten = inTransaction(jpa, em -> ledger(em).beat(runId, 3, 3));
      assertThat(beaten).as("a heartbeat for a run that has ended").isFalse();
      // the dead server's own failure handler finds the run ended and leaves it as it is
      inTransaction(
          jpa,
          em -> {
            ledger(em).fail(runId, "something else");
            return null;
          });
      RunSummary after = inTransaction(jpa, em -> AssessmentsTest.assessments(em, ANNA).run(runId));
      assertThat(after).isEqualTo(run);
    }
  }

  private static long open(EntityManagerFactory jpa) {
    return inTransaction(
        jpa, em -> ledger(em).open(AssessmentScope.organisation(), "All departments", "anna"));
  }

  private static int failQuiet(EntityManagerFactory jpa, Instant quietSince) {
    return inTransaction(
        jpa,
        em ->
            new AssessmentRepository(em)
                .failQuiet(quietSince, "The server working on this run stopped.", Instant.now()));
  }

  private static long version(EntityManagerFactory jpa, long runId) {
    return inTransaction(
        jpa,
        em ->
            ((Number)
                    em.createNativeQuery("select row_version from assessment_run where id = ?")
                        .setParameter(1, runId)
                        .getSingleResult())
                .longValue());
  }

  private static RunLedger ledger(EntityManager em) {
    RunLedger ledger = new RunLedger();
    ledger.runs = new AssessmentRepository(em);
    ledger.board = new RunProgressBoard();
    ledger.permits = WorkPermits.of(Map.of());
    return ledger;
  }

  private static RunWatch watch(EntityManager em, RunProgressBoard board) {
    RunWatch watch = new RunWatch();
    watch.board = board;
    watch.ledger = ledger(em);
    return watch;
  }
}
