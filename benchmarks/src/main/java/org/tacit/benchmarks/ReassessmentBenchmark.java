package org.tacit.benchmarks;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.IntStream;
import org.tacit.application.access.ScopeTasks;
import org.tacit.application.assessment.Reassessment;
import org.tacit.application.inventory.internal.InventoryImporter;
import org.tacit.application.library.LibraryImportReport;
import org.tacit.application.library.internal.LibraryWriter;
import org.tacit.domain.model.assessment.AssessmentRun;
import org.tacit.domain.model.assessment.AssessmentScope;
import org.tacit.domain.model.assessment.TaskInput;
import org.tacit.domain.model.inventory.imports.ImportResult;
import org.tacit.domain.model.library.LibraryDraft;
import org.tacit.domain.model.library.OccupationDraft;
import org.tacit.infrastructure.imports.ImportLimits;
import org.tacit.infrastructure.imports.InventoryFiles;
import org.tacit.infrastructure.onet.OccupationProfiles;
import org.tacit.infrastructure.onet.StarterLibraryFile;
import org.tacit.infrastructure.persistence.AssessedTaskRows;
import org.tacit.infrastructure.persistence.AssessmentRepository;
import org.tacit.infrastructure.persistence.InventoryRepository;
import org.tacit.infrastructure.persistence.OccupationRepository;

/**
 * Reassesses a whole organisation as a run in the portal does ({@code RunLedger}): a new run, then
 * in one transaction every task read, its unknown answers filled from O*NET, scored and stored, the
 * run marked done, and the commit. Set up once and not timed: the O*NET starter library as the
 * portal loads it on first start, and the synthetic inventory through the real importer, every
 * second role linked to a real occupation with some answers left blank for O*NET to fill. Warm-up
 * runs let the JIT compile the code first; every run adds a run of its own to the same inventory.
 *
 * <p>After each run its 100,000 stored rows are written again as plainly as JDBC can ({@link
 * ReassessmentBaseline}): by JDBC batch, and on PostgreSQL by COPY. The run's time divided by
 * theirs says how far it is from what this hardware allows.
 *
 * <p>Usage: {@code ReassessmentBenchmark H2|POSTGRESQL|POSTGRESQL_REWRITTEN_BATCHES}, sized by the
 * system properties of {@link ImportBenchmark}, and {@code benchmark.occupations}: how many
 * different occupations the linked roles take in turn.
 */
public final class ReassessmentBenchmark {

  private final BenchmarkDatabase database;
  private final SyntheticInventory inventory;
  private final Path file;
  private final HeapWatch heap = new HeapWatch();

  private ReassessmentBenchmark(
      BenchmarkDatabase database, SyntheticInventory inventory, Path file) {
    this.database = database;
    this.inventory = inventory;
    this.file = file;
  }

  public static void main(String[] args) throws IOException {
    BenchmarkDatabase database = BenchmarkDatabase.valueOf(args[0]);
    LibraryDraft library = StarterLibraryFile.bundled();
    SyntheticInventory inventory =
        new SyntheticInventory(
                setting("departments", 10), setting("roles", 200), setting("tasks", 50))
            .linkedTo(spreadOver(library.occupations(), setting("occupations", 250)));
    Path work = Path.of(System.getProperty("benchmark.work", "target/benchmark"));
    Files.createDirectories(Path.of(System.getProperty("java.io.tmpdir")));
    Path file =
        inventory.writeTo(work.resolve("inventory-" + inventory.taskRows() + "-linked.csv"));
    database.start(work);
    new ReassessmentBenchmark(database, inventory, file)
        .run(library, setting("warmups", 1), setting("iterations", 5));
    System.exit(0); // embedded PostgreSQL stops in a shutdown hook
  }

  /** {@code count} codes taken evenly from the whole library, so that all major groups occur. */
  private static List<String> spreadOver(List<OccupationDraft> occupations, int count) {
    int step = Math.max(1, occupations.size() / count);
    return IntStream.range(0, Math.min(count, occupations.size()))
        .mapToObj(i -> occupations.get(i * step).code())
        .toList();
  }

  private void run(LibraryDraft library, int warmups, int iterations) throws IOException {
    System.out.printf(
        Locale.ROOT,
        "%nReassessing an organisation of %,d tasks (%d departments x %d roles x %d tasks,"
            + " every second role linked to one of %d occupations), %s%n",
        inventory.taskRows(),
        inventory.departments(),
        inventory.rolesPerDepartment(),
        inventory.tasksPerRole(),
        inventory.occupations().size(),
        database.description());
    System.out.printf(
        Locale.ROOT,
        "JVM: Java %s, max heap %d MiB, %s; %d processors%n",
        System.getProperty("java.version"),
        HeapWatch.maxMib(),
        HeapWatch.collectors(),
        Runtime.getRuntime().availableProcessors());
    System.out.println(
        "Code measured: " + Reassessment.class.getProtectionDomain().getCodeSource().getLocation());
    try (EntityManagerFactory jpa = database.freshJpa()) {
      prepare(jpa, library);
      System.out.println(
          "Load average before the runs (other work on the machine): "
              + ImportBenchmark.loadAverage());
      Figures figures = new Figures("reassessment");
      List<Long> readAlone = new ArrayList<>();
      Map<PlainWrite, Figures> baselines = new LinkedHashMap<>();
      for (int i = 1; i <= warmups + iterations; i++) {
        boolean warmup = i <= warmups;
        Run run = reassessOnce(jpa);
        long read = readOnce(jpa);
        System.out.printf(
            Locale.ROOT,
            "%s %d: %s; reading alone %.1f s%n",
            warmup ? "warm-up" : "run",
            warmup ? i : i - warmups,
            run,
            read / 1000.0);
        for (PlainWrite how : database.plainWrites()) {
          heap.start();
          long millis = writePlainly(jpa, run.runId(), how);
          System.out.printf(
              Locale.ROOT,
              "  baseline, %s: the run's %,d rows in %.2f s with the commit%n",
              how.label(),
              run.tasks(),
              millis / 1000.0);
          if (!warmup) {
            baselines
                .computeIfAbsent(how, each -> new Figures(each.label() + ", same rows"))
                .add(0, millis, heap.largestAfterGcMib(), heap.gcMillisSinceStart());
          }
        }
        if (!warmup) {
          figures.add(run.readMillis(), run.writeMillis(), run.heapMib(), run.gcMillis());
          readAlone.add(read);
        }
      }
      System.out.println("Load average after the runs: " + ImportBenchmark.loadAverage());
      System.out.println(Figures.header());
      System.out.println(figures.line());
      baselines.values().forEach(baseline -> System.out.println(baseline.lineAgainst(figures)));
      System.out.println(
          "Baselines: the run's rows written again by plain JDBC under a run of their own, with"
              + " the commit. product / it: the reassessment's median total (and write) divided"
              + " by the baseline's median.");
      System.out.printf(
          Locale.ROOT,
          "read: reading and O*NET estimates; write: scoring, storing and the commit;"
              + " reading alone: %s s%n",
          readAlone.stream().map(ms -> String.format(Locale.ROOT, "%.1f", ms / 1000.0)).toList());
    }
  }

  private long writePlainly(EntityManagerFactory jpa, long runId, PlainWrite how) {
    try {
      return ReassessmentBaseline.write(jpa, database.dataSource(), runId, how);
    } catch (SQLException e) {
      throw new IllegalStateException(how.label() + " failed", e);
    }
  }

  /** The O*NET starter library and the inventory, as the portal holds them; not timed. */
  private void prepare(EntityManagerFactory jpa, LibraryDraft library) throws IOException {
    long start = System.nanoTime();
    LibraryImportReport loaded =
        inTransaction(
            jpa,
            em -> {
              try {
                return new LibraryWriter(new OccupationRepository(em))
                    .replace(library, OccupationProfiles.bundled(), "benchmark", Instant.now());
              } catch (IOException e) {
                throw new IllegalStateException(e);
              }
            });
    long libraryMillis = (System.nanoTime() - start) / 1_000_000;
    ImportResult read =
        InventoryFiles.read(file, file.getFileName().toString(), ImportLimits.defaults());
    var draft =
        read.draft()
            .orElseThrow(
                () ->
                    new IllegalStateException(
                        "The generated file is invalid: "
                            + read.problems().stream().limit(5).toList()));
    var changes =
        inTransaction(
            jpa,
            em ->
                new InventoryImporter(new InventoryRepository(em), new OccupationRepository(em))
                    .apply(draft, "benchmark", Instant.now()));
    if (changes.tasksCreated() != inventory.taskRows()) {
      throw new IllegalStateException("Unexpected changes: " + changes);
    }
    System.out.printf(
        Locale.ROOT,
        "Set up, not timed: %s in %.1f s; %,d tasks imported in %.1f s%n",
        loaded,
        libraryMillis / 1000.0,
        changes.tasksCreated(),
        (System.nanoTime() - start) / 1e9 - libraryMillis / 1000.0);
  }

  /** One whole run, timed from its opening to the commit; then its rows counted, not timed. */
  private Run reassessOnce(EntityManagerFactory jpa) {
    heap.start();
    long[] read = new long[1];
    long start = System.nanoTime();
    long runId =
        inTransaction(
            jpa,
            em -> {
              AssessmentRepository runs = new AssessmentRepository(em);
              AssessmentRun run =
                  new AssessmentRun(
                      AssessmentScope.organisation(),
                      "Organisation",
                      1,
                      "benchmark",
                      Instant.now());
              runs.add(run);
              runs.flush();
              int tasks =
                  new Reassessment(runs, new OccupationRepository(em))
                      .perform(
                          run.id(),
                          ScopeTasks.organisation(),
                          runs.published().ruleSet(),
                          total -> read[0] = System.nanoTime(),
                          done -> {});
              run.finish(tasks, Instant.now());
              return run.id();
            });
    long end = System.nanoTime();
    int[] stored =
        inTransaction(
            jpa,
            em ->
                new AssessmentRepository(em)
                    .rows(
                        connection ->
                            new int[] {
                              AssessedTaskRows.count(connection, runId, (Collection<String>) null),
                              count(
                                  connection,
                                  "select count(*) from assessed_task where run_id = "
                                      + runId
                                      + " and estimated_facts <> 0")
                            }));
    if (stored[0] != inventory.taskRows()) {
      throw new IllegalStateException(
          "Run " + runId + " holds " + stored[0] + " tasks, not " + inventory.taskRows());
    }
    return new Run(
        runId,
        (read[0] - start) / 1_000_000,
        (end - read[0]) / 1_000_000,
        heap.largestAfterGcMib(),
        heap.gcMillisSinceStart(),
        stored[0],
        stored[1]);
  }

  /**
   * Reading the organisation's tasks alone, without O*NET, scoring or writing: the read phase's
   * share.
   */
  private long readOnce(EntityManagerFactory jpa) {
    long start = System.nanoTime();
    int tasks =
        inTransaction(
            jpa,
            em ->
                new AssessmentRepository(em)
                    .rows(
                        connection -> {
                          List<TaskInput> inputs = new ArrayList<>();
                          AssessedTaskRows.inventory(connection, null, null, null, inputs::add);
                          return inputs.size();
                        }));
    if (tasks != inventory.taskRows()) {
      throw new IllegalStateException("Read " + tasks + " tasks.");
    }
    return (System.nanoTime() - start) / 1_000_000;
  }

  private static int count(java.sql.Connection connection, String sql)
      throws java.sql.SQLException {
    try (PreparedStatement query = connection.prepareStatement(sql);
        ResultSet result = query.executeQuery()) {
      result.next();
      return result.getInt(1);
    }
  }

  static <T> T inTransaction(EntityManagerFactory jpa, Function<EntityManager, T> work) {
    EntityManager em = jpa.createEntityManager();
    try {
      em.getTransaction().begin();
      T result = work.apply(em);
      em.getTransaction().commit();
      return result;
    } finally {
      if (em.getTransaction().isActive()) {
        em.getTransaction().rollback();
      }
      em.close();
    }
  }

  private static int setting(String name, int defaultValue) {
    return Integer.getInteger("benchmark." + name, defaultValue);
  }

  /**
   * One run: {@code readMillis} until every task is read and filled from O*NET, {@code writeMillis}
   * from there to the commit (scoring and storing); {@code estimated} of its {@code tasks} hold an
   * O*NET estimate.
   */
  private record Run(
      long runId,
      long readMillis,
      long writeMillis,
      long heapMib,
      long gcMillis,
      int tasks,
      int estimated) {

    @Override
    public String toString() {
      return String.format(
          Locale.ROOT,
          "%.1f s (read and O*NET %.1f s, score, store and commit %.1f s; GC %.1f s,"
              + " heap after GC %d MiB; %,d tasks stored, %,d with O*NET estimates)",
          (readMillis + writeMillis) / 1000.0,
          readMillis / 1000.0,
          writeMillis / 1000.0,
          gcMillis / 1000.0,
          heapMib,
          tasks,
          estimated);
    }
  }
}
