package org.tacit.application.inventory.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.tacit.infrastructure.persistence.TestDatabase.inTransaction;
import static org.tacit.infrastructure.persistence.TestDatabase.inTransactionDo;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.tacit.application.access.CallerScope;
import org.tacit.application.access.SecurityEvents;
import org.tacit.application.access.TooManyAtOnceException;
import org.tacit.application.access.Work;
import org.tacit.application.access.WorkPermits;
import org.tacit.application.inventory.ImportReport;
import org.tacit.application.inventory.ImportSummary;
import org.tacit.application.operations.ClusterWork;
import org.tacit.domain.model.inventory.FileImport.State;
import org.tacit.domain.model.inventory.imports.ImportProgress;
import org.tacit.domain.model.inventory.imports.ImportProgress.Phase;
import org.tacit.infrastructure.persistence.ImportRepository;
import org.tacit.infrastructure.persistence.InventoryRepository;
import org.tacit.infrastructure.persistence.OccupationRepository;
import org.tacit.infrastructure.persistence.TestDatabase;
import org.tacit.text.Sentence;
import org.tacit.text.Words;

/**
 * An import belongs to the cluster: its record is claimed before its transaction, its server writes
 * how far it has got there, any server shows it, and one whose server went quiet is failed once, by
 * whichever server looks first, and can no longer be marked done by the server that died with it,
 * which then stores nothing. Each "server" here is a ledger of its own over the same database, its
 * REQUIRES_NEW methods each in a transaction of their own; the clock is the test's.
 */
class ImportLedgerTest {

  private static final String HEADER = "department,department_code,role,task\n";
  private static final CallerScope HEDDA =
      new CallerScope("hedda", Set.of(CallerScope.EDITOR), Set.of("FIN", "OPS"));
  private static final CallerScope OTTO =
      new CallerScope("otto", Set.of(CallerScope.EDITOR), Set.of("FIN", "OPS"));
  private static final Instant T0 = Instant.parse("2027-03-01T09:00:00Z");

  @RegisterExtension final SecurityEvents events = new SecurityEvents();
  @TempDir Path temp;
  private final TestClock clock = new TestClock(T0);

  @ParameterizedTest
  @EnumSource(TestDatabase.class)
  void aClaimedImportAndItsProgressAreReadByAnotherServer(TestDatabase database) {
    try (EntityManagerFactory jpa = database.freshJpa()) {
      long id = server(jpa, null).claim("hedda", "inventory.csv");
      long versionBefore = version(jpa, id);
      ImportsUnderWay board = new ImportsUnderWay();
      board.begin(id);
      ImportHeartbeat heartbeat = new ImportHeartbeat(id, board, ImportProgress.NONE);
      WatchedImports watch = watchOn(jpa, board);

      assertThat(seen(jpa, id, HEDDA).state()).isEqualTo(State.RUNNING);
      assertThat(seen(jpa, id, HEDDA).phase()).isEqualTo(Phase.READING);

      heartbeat.advanced(Phase.READING, 10_000, ImportProgress.UNKNOWN_TOTAL);
      heartbeat.advanced(Phase.WRITING, 40_000, 100_000);
      assertThat(seen(jpa, id, HEDDA).done()).as("before the watch's beat").isZero();

      clock.advance(Duration.ofSeconds(2));
      watch.beat();
      ImportSummary elsewhere = seen(jpa, id, HEDDA);
      assertThat(elsewhere.running()).isTrue();
      assertThat(elsewhere.phase()).isEqualTo(Phase.WRITING);
      assertThat(elsewhere.done()).isEqualTo(40_000);
      assertThat(elsewhere.total()).isEqualTo(100_000);
      assertThat(elsewhere.percent()).hasValue(40);
      assertThat(elsewhere.fileName()).isEqualTo("inventory.csv");
      // the heartbeat leaves the version alone; only the end of the import changes it
      assertThat(version(jpa, id)).isEqualTo(versionBefore);
      Optional<ImportSummary> othersView = inTransaction(jpa, em -> ledger(em).seen(id, OTTO));
      List<ImportSummary> othersRecent = inTransaction(jpa, em -> ledger(em).recent(OTTO, 5));
      assertThat(othersView).as("someone else's import").isEmpty();
      assertThat(othersRecent).isEmpty();
    }
  }

  /**
   * The heartbeat comes from the watch, not from the import's progress reports: an import that
   * reports nothing for minutes (a long flush, a slow commit) but is still on its server's board is
   * not given up; once it leaves the board (its server died with it), it is.
   */
  @ParameterizedTest
  @EnumSource(TestDatabase.class)
  void anImportUnderWayKeepsItsHeartbeatWithoutReportingProgress(TestDatabase database) {
    try (EntityManagerFactory jpa = database.freshJpa()) {
      long id = server(jpa, null).claim("hedda", "inventory.csv");
      ImportsUnderWay board = new ImportsUnderWay();
      board.begin(id);
      WatchedImports watch = watchOn(jpa, board);

      for (int beat = 0; beat < 90; beat++) { // three minutes of two-second beats, no progress
        clock.advance(Duration.ofSeconds(2));
        watch.beat();
        assertThat(failQuiet(watch)).as("after %d s", 2 * (beat + 1)).isZero();
      }
      board.end(id);
      clock.advance(ClusterWork.QUIET.plusSeconds(1));
      watch.beat();

      assertThat(failQuiet(watch)).as("off the board and quiet for a minute").isEqualTo(1);
      assertThat(seen(jpa, id, HEDDA).interrupted()).isTrue();
    }
  }

  @ParameterizedTest
  @EnumSource(TestDatabase.class)
  void anImportWhoseHeartbeatWentQuietIsFailedOnceSayingNothingWasStoredAndToSendItAgain(
      TestDatabase database) {
    try (EntityManagerFactory jpa = database.freshJpa()) {
      long id = server(jpa, null).claim("hedda", "inventory.csv");
      WatchedImports watch = watchOn(jpa, new ImportsUnderWay());

      clock.advance(Duration.ofSeconds(50));
      assertThat(failQuiet(watch)).as("quiet for 50 s").isZero();
      assertThat(server(jpa, null).beat(id, Phase.WRITING, 5, 10)).isTrue();
      clock.advance(Duration.ofSeconds(50));
      assertThat(failQuiet(watch)).as("beat 50 s ago").isZero();
      clock.advance(Duration.ofSeconds(11));
      assertThat(failQuiet(watch)).isEqualTo(1);
      assertThat(failQuiet(watch)).as("already failed by another server").isZero();

      ImportSummary failed = seen(jpa, id, HEDDA);
      assertThat(failed.state()).isEqualTo(State.FAILED);
      assertThat(failed.interrupted()).isTrue();
      assertThat(failed.finishedAt()).isEqualTo(clock.instant());
      assertThat(failed.reason().inEnglish())
          .contains("(" + ThisServer.name() + ") stopped")
          .contains("nothing of the file was stored")
          .contains("Send the file again");
      assertThat(failed.reason().in(Words.in(Locale.GERMAN)))
          .contains("nichts aus der Datei wurde gespeichert");
      assertThat(server(jpa, null).beat(id, Phase.WRITING, 10, 10))
          .as("a heartbeat for an import that has ended")
          .isFalse();
    }
  }

  @ParameterizedTest
  @EnumSource(TestDatabase.class)
  void aServerWhoseImportWasGivenUpCannotMarkItDoneAndStoresNothing(TestDatabase database)
      throws IOException {
    try (EntityManagerFactory jpa = database.freshJpa()) {
      Path file =
          csv("Operations,OPS,Driver,Drive the route\nOperations,OPS,Driver,Load the van\n");
      long id = server(jpa, null).claim("hedda", "ops.csv");
      WatchedImports otherServer = watchOn(jpa, new ImportsUnderWay());
      // the importing server stalls once it has written every task: meanwhile a minute passes
      // without its heartbeat, and another server gives its import up
      List<Integer> given = new ArrayList<>();
      ImportProgress stall =
          (phase, done, total) -> {
            if (phase == Phase.WRITING && total > 0 && done == total) {
              clock.advance(ClusterWork.QUIET.plusSeconds(1));
              given.add(failQuiet(otherServer));
            }
          };

      EntityManager dying = jpa.createEntityManager();
      dying.getTransaction().begin();
      assertThatThrownBy(
              () ->
                  RecordedImports.perform(
                      id, file, "ops.csv", HEDDA, stall, server(jpa, dying), importing(dying)))
          .isInstanceOf(ImportGivenUpException.class);
      dying.getTransaction().rollback(); // as the container does with a system exception
      dying.close();
      // as BackgroundImports does after the rollback: the record has ended, and stays as it is
      server(jpa, null).fail(id, Sentence.of(ImportLedger.ERROR));

      assertThat(given).containsExactly(1);
      assertThat(tasks(jpa)).isZero();
      ImportSummary record = seen(jpa, id, HEDDA);
      assertThat(record.state()).isEqualTo(State.FAILED);
      assertThat(record.reason().key()).isEqualTo(ImportSummary.SERVER_STOPPED);
      assertThat(record.tasks()).isZero();
    }
  }

  @ParameterizedTest
  @EnumSource(TestDatabase.class)
  void aSuccessfulImportIsDoneWithItsCountAndShowsOnlyDepartmentsItsReaderMayRead(
      TestDatabase database) throws IOException {
    try (EntityManagerFactory jpa = database.freshJpa()) {
      Path file =
          csv(
              "Finance,FIN,Clerk,Book the invoices\n"
                  + "Operations,OPS,Driver,Drive the route\n"
                  + "Operations,OPS,Driver,Load the van\n");

      ImportReport report = importFile(jpa, file, "both.csv", HEDDA);

      assertThat(report.valid()).isTrue();
      assertThat(report.importId()).isNotNull();
      assertThat(tasks(jpa)).isEqualTo(3);
      ImportSummary done = seen(jpa, report.importId(), HEDDA);
      assertThat(done.state()).isEqualTo(State.DONE);
      assertThat(done.tasks()).isEqualTo(3);
      assertThat(done.done()).isEqualTo(3);
      assertThat(done.finishedAt()).isNotNull();
      assertThat(done.reason()).isNull();
      assertThat(done.departments()).containsExactlyInAnyOrder("FIN", "OPS");
      CallerScope heddaMovedToFinance =
          new CallerScope("hedda", Set.of(CallerScope.EDITOR), Set.of("FIN"));
      assertThat(seen(jpa, report.importId(), heddaMovedToFinance).departments())
          .containsExactly("FIN");
      List<ImportSummary> recent = inTransaction(jpa, em -> ledger(em).recent(HEDDA, 5));
      assertThat(recent).extracting(ImportSummary::id).containsExactly(report.importId());
      assertThat(version(jpa, report.importId())).as("the end changes the version").isOne();
    }
  }

  @ParameterizedTest
  @EnumSource(TestDatabase.class)
  void anImportOfAnInvalidFileIsFailedWithItsProblemsAndStoresNothing(TestDatabase database)
      throws IOException {
    try (EntityManagerFactory jpa = database.freshJpa()) {
      Path file = csv("Operations,OPS,Driver,Drive the route\nOperations,OPS,,Load the van\n");

      ImportReport report = importFile(jpa, file, "broken.csv", HEDDA);

      assertThat(report.valid()).isFalse();
      assertThat(report.problems()).isNotEmpty();
      assertThat(tasks(jpa)).isZero();
      ImportSummary failed = seen(jpa, report.importId(), HEDDA);
      assertThat(failed.state()).isEqualTo(State.FAILED);
      assertThat(failed.interrupted()).isFalse();
      assertThat(failed.reason())
          .isEqualTo(Sentence.of(ImportLedger.PROBLEMS, (long) report.problems().size()));
      assertThat(failed.reason().inEnglish()).contains("nothing was imported");
    }
  }

  @ParameterizedTest
  @EnumSource(TestDatabase.class)
  void aHostileFileNameIsStoredAsTextOnOneLineAndChangesNothingElse(TestDatabase database)
      throws IOException {
    try (EntityManagerFactory jpa = database.freshJpa()) {
      String hostile =
          "<script>alert('x')</script>'); drop table task; --\r\n"
              + "\u0000=cmd|' /C calc'!A0 %s {0}.csv";
      String longName = "ä".repeat(254) + "\uD83D\uDE00.csv"; // a name cut inside an emoji

      ImportReport report =
          importFile(jpa, csv("Finance,FIN,Clerk,Book the invoices\n"), hostile, HEDDA);
      long cut = server(jpa, null).claim("hedda", longName);

      assertThat(report.valid()).isTrue();
      assertThat(tasks(jpa)).as("the task table is still there, and holds the import").isOne();
      assertThat(seen(jpa, report.importId(), HEDDA).fileName())
          .isEqualTo(
              "<script>alert('x')</script>'); drop table task; --\uFFFD\uFFFD\uFFFD=cmd|' /C"
                  + " calc'!A0 %s {0}.csv");
      assertThat(seen(jpa, cut, HEDDA).fileName()).isEqualTo("ä".repeat(254));
      assertThat(events.lines())
          .allSatisfy(line -> assertThat(line).doesNotContain("\r", "\n", "\u0000"));
    }
  }

  /**
   * The import limit (one at a time) holds across the cluster: a server counts the imports of
   * Hedda's that another server records as under way before it records hers, refuses it and records
   * nothing. Otto's imports are not hers. Once the other server stops beating (it died), or her
   * import there ends, she may import again.
   */
  @ParameterizedTest
  @EnumSource(TestDatabase.class)
  void anImportUnderWayOnAnotherServerCountsAgainstThePersonsLimit(TestDatabase database) {
    try (EntityManagerFactory jpa = database.freshJpa()) {
      ImportLedger first = server(jpa, null);
      ImportLedger second = server(jpa, null);
      long running = first.claim("hedda", "first.csv");

      assertThatThrownBy(() -> second.claim("hedda", "second.csv"))
          .isInstanceOf(TooManyAtOnceException.class);
      assertThat(recent(jpa, HEDDA)).as("nothing recorded when refused").containsExactly(running);
      assertThat(events.lines()).anyMatch(line -> line.contains("too many at once in the cluster"));
      assertThat(second.claim("otto", "otto.csv")).isPositive();

      clock.advance(ClusterWork.ALIVE.minusSeconds(1)); // beaten last at the claim
      assertThatThrownBy(() -> second.claim("hedda", "second.csv"))
          .isInstanceOf(TooManyAtOnceException.class);
      clock.advance(Duration.ofSeconds(2)); // the first server has died: no beat since
      long again = second.claim("hedda", "again.csv");
      assertThatThrownBy(() -> first.claim("hedda", "third.csv"))
          .as("her import on the second server is under way")
          .isInstanceOf(TooManyAtOnceException.class);
      second.fail(again, Sentence.of(ImportLedger.ERROR));
      long third = first.claim("hedda", "third.csv");
      assertThat(recent(jpa, HEDDA)).containsExactly(third, again, running);
    }
  }

  private List<Long> recent(EntityManagerFactory jpa, CallerScope caller) {
    return inTransaction(jpa, em -> ledger(em).recent(caller, 10)).stream()
        .map(ImportSummary::id)
        .toList();
  }

  private ImportReport importFile(
      EntityManagerFactory jpa, Path file, String fileName, CallerScope caller) {
    long id = server(jpa, null).claim(caller.username(), fileName);
    return inTransaction(
        jpa,
        em ->
            RecordedImports.perform(
                id,
                file,
                fileName,
                caller,
                new ImportHeartbeat(id, new ImportsUnderWay(), ImportProgress.NONE),
                server(jpa, em),
                importing(em)));
  }

  private Path csv(String rows) throws IOException {
    return Files.writeString(Files.createTempFile(temp, "import-", ".csv"), HEADER + rows);
  }

  /** One server's watch of its imports under way on {@code board}. */
  private WatchedImports watchOn(EntityManagerFactory jpa, ImportsUnderWay board) {
    WatchedImports watch = new WatchedImports();
    watch.ledger = server(jpa, null);
    watch.board = board;
    return watch;
  }

  private int failQuiet(ClusterWork watch) {
    Instant now = clock.instant();
    return watch.failQuiet(now.minus(ClusterWork.QUIET), now);
  }

  private ImportSummary seen(EntityManagerFactory jpa, long id, CallerScope reader) {
    return inTransaction(jpa, em -> ledger(em).seen(id, reader)).orElseThrow();
  }

  private static long version(EntityManagerFactory jpa, long id) {
    return inTransaction(
        jpa,
        em ->
            ((Number)
                    em.createNativeQuery("select row_version from inventory_import where id = ?")
                        .setParameter(1, id)
                        .getSingleResult())
                .longValue());
  }

  private static long tasks(EntityManagerFactory jpa) {
    return inTransaction(
        jpa, em -> em.createQuery("select count(t) from Task t", Long.class).getSingleResult());
  }

  private static InventoryImport importing(EntityManager em) {
    InventoryImport inventoryImport = new InventoryImport();
    inventoryImport.inventory = new InventoryRepository(em);
    inventoryImport.library = new OccupationRepository(em);
    inventoryImport.importer = new InventoryImporter(inventoryImport.inventory, null);
    return inventoryImport;
  }

  /** A ledger working in {@code em}'s transaction, as the container runs it inside one. */
  private ImportLedger ledger(EntityManager em) {
    ImportLedger ledger = new ImportLedger();
    ledger.imports = new ImportRepository(em);
    ledger.permits = WorkPermits.of(Map.of(Work.IMPORT, 1));
    ledger.clock = clock;
    return ledger;
  }

  /**
   * One server's ledger: each REQUIRES_NEW method in a transaction of its own, and marking an
   * import done in {@code importing}'s, the import's own (none when the test does not import).
   */
  private ImportLedger server(EntityManagerFactory jpa, EntityManager importing) {
    ImportLedger server =
        new ImportLedger() {
          @Override
          public long claim(String actor, String fileName) {
            return inTransaction(jpa, em -> ledger(em).claim(actor, fileName));
          }

          @Override
          public boolean beat(long id, Phase phase, int done, int total) {
            return inTransaction(jpa, em -> ledger(em).beat(id, phase, done, total));
          }

          @Override
          public void fail(long id, Sentence why) {
            inTransactionDo(jpa, em -> ledger(em).fail(id, why));
          }

          @Override
          public int failQuiet(Instant quietSince, Instant now) {
            return inTransaction(jpa, em -> ledger(em).failQuiet(quietSince, now));
          }
        };
    server.imports = importing == null ? null : new ImportRepository(importing);
    server.clock = clock;
    return server;
  }

  /** A clock the test moves; the servers' timers are the test's calls. */
  private static final class TestClock extends Clock {

    private Instant now;

    TestClock(Instant start) {
      this.now = start;
    }

    void advance(Duration by) {
      now = now.plus(by);
    }

    @Override
    public ZoneId getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
      return this;
    }

    @Override
    public Instant instant() {
      return now;
    }
  }
}
