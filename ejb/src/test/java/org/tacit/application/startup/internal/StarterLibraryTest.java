package org.tacit.application.startup.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tacit.infrastructure.persistence.TestDatabase.inTransaction;
import static org.tacit.infrastructure.persistence.TestDatabase.inTransactionDo;

import jakarta.persistence.EntityManagerFactory;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.tacit.application.library.LibraryReleaseSummary;
import org.tacit.application.library.internal.LibraryBeans;
import org.tacit.domain.model.inventory.Task;
import org.tacit.domain.model.inventory.TaskFact;
import org.tacit.domain.model.organisation.Department;
import org.tacit.infrastructure.persistence.TestDatabase;

/** The starter library loads into an empty library in seconds, and only into an empty one. */
class StarterLibraryTest {

  private static final Logger LOG = Logger.getLogger(StarterLibraryTest.class.getName());

  /** Generous for two shared cores; on a quiet machine it takes a few seconds. */
  private static final Duration PATIENCE = Duration.ofSeconds(30);

  @ParameterizedTest
  @EnumSource(TestDatabase.class)
  void anEmptyLibraryGetsEveryOccupationAndTaskOfOnet27InSeconds(TestDatabase database) {
    try (EntityManagerFactory jpa = database.freshJpa()) {
      Instant started = Instant.now();
      inTransactionDo(jpa, em -> StartupBeans.loadStarterLibrary(em));
      Duration took = Duration.between(started, Instant.now());
      LOG.info(() -> "Starter library on " + database + ": " + took.toMillis() + " ms");

      LibraryReleaseSummary release =
          inTransaction(jpa, em -> LibraryBeans.service(em, LibraryBeans.ADA).release())
              .orElseThrow();
      assertThat(release.name()).isEqualTo("O*NET 27.0");
      assertThat(release.loadedBy()).isEqualTo(StarterLibrary.LOADED_BY);
      assertThat(release.occupations()).isEqualTo(1016);
      assertThat(release.tasks()).isEqualTo(19_265);
      assertThat(took).isLessThan(PATIENCE);
    }
  }

  @ParameterizedTest
  @EnumSource(TestDatabase.class)
  void aLibraryThatHoldsAReleaseIsNeverTouched(TestDatabase database) {
    try (EntityManagerFactory jpa = database.freshJpa()) {
      inTransactionDo(jpa, em -> StartupBeans.loadStarterLibrary(em));
      LibraryReleaseSummary first =
          inTransaction(jpa, em -> LibraryBeans.service(em, LibraryBeans.ADA).release())
              .orElseThrow();

      inTransactionDo(jpa, em -> StartupBeans.loadStarterLibrary(em));

      LibraryReleaseSummary second =
          inTransaction(jpa, em -> LibraryBeans.service(em, LibraryBeans.ADA).release())
              .orElseThrow();
      assertThat(second.loadedAt()).isEqualTo(first.loadedAt());
      assertThat(second.tasks()).isEqualTo(19_265);
    }
  }

  /**
   * On PostgreSQL only: servers share a database only there (an embedded H2 file is one server's).
   */
  @Test
  void twoServersStartingAtOnceOnAnEmptyDatabaseLoadItOnce() throws Exception {
    TestDatabase database = TestDatabase.POSTGRESQL;
    List<LogRecord> logged = new CopyOnWriteArrayList<>();
    Handler recorder =
        new Handler() {
          @Override
          public void publish(LogRecord record) {
            logged.add(record);
          }

          @Override
          public void flush() {}

          @Override
          public void close() {}
        };
    Logger starterLog = Logger.getLogger(StarterLibrary.class.getName());
    starterLog.addHandler(recorder);
    ExecutorService servers = Executors.newFixedThreadPool(2);
    try (EntityManagerFactory jpa = database.freshJpa()) {
      CyclicBarrier together = new CyclicBarrier(2);
      List<Future<?>> starts = new ArrayList<>();
      for (int server = 0; server < 2; server++) {
        starts.add(
            servers.submit(
                () -> {
                  together.await(); // both check the empty library at the same moment
                  inTransactionDo(jpa, em -> StartupBeans.loadStarterLibrary(em));
                  return null;
                }));
      }
      for (Future<?> start : starts) {
        start.get(PATIENCE.toSeconds() * 2, TimeUnit.SECONDS);
      }

      assertThat(logged)
          .as("nothing failed, and one of the two loaded")
          .noneMatch(r -> r.getLevel() == Level.SEVERE)
          .filteredOn(r -> r.getMessage().startsWith("Loaded the O*NET starter library"))
          .hasSize(1);
      LibraryReleaseSummary release =
          inTransaction(jpa, em -> LibraryBeans.service(em, LibraryBeans.ADA).release())
              .orElseThrow();
      assertThat(release.occupations()).isEqualTo(1016);
      assertThat(release.tasks()).isEqualTo(19_265);
    } finally {
      servers.shutdownNow();
      starterLog.removeHandler(recorder);
    }
  }

  @Test
  void aRoleFromTheStartersBookkeepingClerksHasEstimatesOnEveryTaskThatDifferWhereOnetDoes() {
    try (EntityManagerFactory jpa = TestDatabase.H2.freshJpa()) {
      inTransactionDo(
          jpa,
          em -> {
            StartupBeans.loadStarterLibrary(em);
            em.persist(new Department("FIN", "Finance", null));
          });

      long roleId =
          inTransaction(
              jpa,
              em ->
                  LibraryBeans.service(em, LibraryBeans.HEDDA)
                      .newRoleFromOccupation("FIN", "43-3031.00", "Bookkeeper", null, null, true));

      List<Task> tasks =
          inTransaction(
              jpa,
              em ->
                  em.createQuery("select t from Task t where t.role.id = :r", Task.class)
                      .setParameter("r", roleId)
                      .getResultList());
      assertThat(tasks)
          .hasSizeGreaterThan(5)
          .allSatisfy(
              task ->
                  assertThat(task.facts().answers().keySet())
                      .containsExactlyInAnyOrder(
                          TaskFact.TIME_TO_PROFICIENCY,
                          TaskFact.REPETITION,
                          TaskFact.NOVELTY,
                          TaskFact.VERIFIABILITY,
                          TaskFact.TACIT_CONTEXT,
                          TaskFact.PHYSICAL_PRESENCE,
                          TaskFact.DIGITAL_IO,
                          TaskFact.RELATIONSHIP_TRUST));
      assertThat(
              tasks.stream()
                  .map(t -> t.facts().value(TaskFact.REPETITION).orElseThrow())
                  .distinct()
                  .count())
          .as("repetition follows each task's frequency")
          .isGreaterThan(1);
      assertThat(
              tasks.stream()
                  .map(t -> t.facts().value(TaskFact.DIGITAL_IO).orElseThrow())
                  .distinct()
                  .count())
          .as("digital work follows each task's work activities")
          .isGreaterThan(1);
      assertThat(
              tasks.stream()
                  .map(t -> t.timeSharePct().orElseThrow())
                  .reduce(BigDecimal.ZERO, BigDecimal::add))
          .isEqualByComparingTo("100");
    }
  }
}
