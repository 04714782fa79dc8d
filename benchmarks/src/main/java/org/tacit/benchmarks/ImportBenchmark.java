package org.tacit.benchmarks;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.tacit.application.inventory.ImportReport.Changes;
import org.tacit.application.inventory.internal.InventoryImporter;
import org.tacit.domain.model.inventory.imports.ImportResult;
import org.tacit.domain.model.inventory.imports.InventoryDraft;
import org.tacit.infrastructure.imports.ImportLimits;
import org.tacit.infrastructure.imports.InventoryFiles;
import org.tacit.infrastructure.persistence.InventoryRepository;

/**
 * Imports a generated inventory file into an empty database, then imports it again, as the portal
 * does: the real reader and contract (parse and validate), then the real importer in one
 * transaction (write, history included). The first import creates everything; the second finds
 * everything and changes nothing, which reads and compares every stored task. Warm-up runs let the
 * JIT compile the code first; each measured run starts from an empty schema.
 *
 * <p>Each run then writes the same rows again as plainly as JDBC can ({@link ImportBaseline}): by
 * JDBC batch, and on PostgreSQL by COPY. The product's time divided by theirs says how far the
 * import is from what this hardware allows.
 *
 * <p>Usage: {@code ImportBenchmark H2|POSTGRESQL|POSTGRESQL_REWRITTEN_BATCHES}, sized by the system
 * properties {@code benchmark.departments}, {@code .roles} (per department), {@code .tasks} (per
 * role), {@code .warmups}, {@code .iterations}, {@code .work} (a folder for the file and
 * databases).
 */
public final class ImportBenchmark {

  private final BenchmarkDatabase database;
  private final SyntheticInventory inventory;
  private final Path file;
  private final HeapWatch heap = new HeapWatch();

  private ImportBenchmark(BenchmarkDatabase database, SyntheticInventory inventory, Path file) {
    this.database = database;
    this.inventory = inventory;
    this.file = file;
  }

  public static void main(String[] args) throws IOException {
    BenchmarkDatabase database = BenchmarkDatabase.valueOf(args[0]);
    SyntheticInventory inventory =
        new SyntheticInventory(
            setting("departments", 10), setting("roles", 200), setting("tasks", 50));
    Path work = Path.of(System.getProperty("benchmark.work", "target/benchmark"));
    Files.createDirectories(Path.of(System.getProperty("java.io.tmpdir")));
    Path file = inventory.writeTo(work.resolve("inventory-" + inventory.taskRows() + ".csv"));
    database.start(work);
    new ImportBenchmark(database, inventory, file)
        .run(setting("warmups", 1), setting("iterations", 5));
    System.exit(0); // embedded PostgreSQL stops in a shutdown hook
  }

  private void run(int warmups, int iterations) throws IOException {
    System.out.printf(
        Locale.ROOT,
        "%nInventory import, %,d task rows (%d departments x %d roles x %d tasks, %,d bytes), %s%n",
        inventory.taskRows(),
        inventory.departments(),
        inventory.rolesPerDepartment(),
        inventory.tasksPerRole(),
        Files.size(file),
        database.description());
    System.out.printf(
        Locale.ROOT,
        "JVM: Java %s, max heap %d MiB, %s; %d processors%n",
        System.getProperty("java.version"),
        HeapWatch.maxMib(),
        HeapWatch.collectors(),
        Runtime.getRuntime().availableProcessors());
    System.out.println(
        "Load average before the runs (other work on the machine): " + loadAverage());
    System.out.println(
        "Code measured: "
            + InventoryImporter.class.getProtectionDomain().getCodeSource().getLocation());
    System.out.printf(
        Locale.ROOT, "Draft of the whole file, held in memory: %d MiB live heap%n", draftMib());
    Figures first = new Figures("first import");
    Figures again = new Figures("same again");
    Map<String, Figures> baselines = new LinkedHashMap<>();
    for (int i = 1; i <= warmups + iterations; i++) {
      boolean warmup = i <= warmups;
      try (EntityManagerFactory jpa = database.freshJpa()) {
        Run created = importOnce(jpa);
        created.expect(inventory.taskRows(), true);
        Run unchanged = importOnce(jpa);
        unchanged.expect(0, false);
        System.out.printf(
            Locale.ROOT,
            "%s %d: first import %s; same again %s%n",
            warmup ? "warm-up" : "run",
            warmup ? i : i - warmups,
            created,
            unchanged);
        for (PlainWrite how : database.plainWrites()) {
          heap.start();
          ImportBaseline.Timing baseline = writePlainly(how);
          long heapMib = heap.largestAfterGcMib();
          long gcMillis = heap.gcMillisSinceStart();
          System.out.printf(
              Locale.ROOT,
              "  baseline, %s: %.2f s departments, roles and tasks, %.2f s history, %.2f s"
                  + " commit: %.2f s for %,d rows%n",
              how.label(),
              baseline.inventoryMillis() / 1000.0,
              baseline.historyMillis() / 1000.0,
              baseline.commitMillis() / 1000.0,
              baseline.allMillis() / 1000.0,
              baseline.rows());
          if (!warmup) {
            baselines
                .computeIfAbsent(how.label() + ", inventory", Figures::new)
                .add(0, baseline.inventoryMillis(), heapMib, gcMillis);
            baselines
                .computeIfAbsent(how.label() + ", all it writes", Figures::new)
                .add(0, baseline.allMillis(), heapMib, gcMillis);
          }
        }
        if (!warmup) {
          created.addTo(first);
          unchanged.addTo(again);
        }
      }
    }
    System.out.println("Load average after the runs: " + loadAverage());
    System.out.println(Figures.header());
    System.out.println(first.line());
    baselines.values().forEach(baseline -> System.out.println(baseline.lineAgainst(first)));
    System.out.println(again.line());
    System.out.println(
        "Baselines: the first import's rows written again by plain JDBC into a fresh schema;"
            + " inventory: departments, roles and tasks without the commit; all it writes: with"
            + " the history entries and the commit. product / it: the first import's median total"
            + " (and write) divided by the baseline's median.");
  }

  private ImportBaseline.Timing writePlainly(PlainWrite how) {
    try {
      return ImportBaseline.write(database, how);
    } catch (SQLException e) {
      throw new IllegalStateException(how.label() + " failed", e);
    }
  }

  /** One import of the file, timed from the first byte read to the commit. */
  private Run importOnce(EntityManagerFactory jpa) throws IOException {
    Statistics statistics = jpa.unwrap(SessionFactory.class).getStatistics();
    statistics.clear();
    heap.start();
    long start = System.nanoTime();
    InventoryDraft draft = read();
    long read = System.nanoTime();
    Changes changes;
    EntityManager em = jpa.createEntityManager();
    try {
      em.getTransaction().begin();
      changes =
          new InventoryImporter(new InventoryRepository(em))
              .apply(draft, "benchmark", Instant.now());
      em.getTransaction().commit();
    } finally {
      if (em.getTransaction().isActive()) {
        em.getTransaction().rollback();
      }
      em.close();
    }
    long written = System.nanoTime();
    // With JDBC batching, far fewer statements are prepared than rows are written
    String statements =
        String.format(
            Locale.ROOT,
            "%,d rows written with %,d statements prepared, %,d queries, %,d flushes",
            statistics.getEntityInsertCount()
                + statistics.getEntityUpdateCount()
                + statistics.getEntityDeleteCount(),
            statistics.getPrepareStatementCount(),
            statistics.getQueryExecutionCount(),
            statistics.getFlushCount());
    return new Run(
        changes,
        (read - start) / 1_000_000,
        (written - read) / 1_000_000,
        heap.largestAfterGcMib(),
        heap.gcMillisSinceStart(),
        statements);
  }

  private InventoryDraft read() throws IOException {
    ImportResult result =
        InventoryFiles.read(file, file.getFileName().toString(), ImportLimits.defaults());
    return result
        .draft()
        .orElseThrow(
            () ->
                new IllegalStateException(
                    "The generated file is invalid: "
                        + result.problems().stream().limit(5).toList()));
  }

  /** What the draft of the whole file keeps alive, measured apart from the timed runs. */
  private long draftMib() throws IOException {
    long before = HeapWatch.liveMib();
    InventoryDraft draft = read();
    long after = HeapWatch.liveMib();
    if (draft.taskCount() != inventory.taskRows()) {
      throw new IllegalStateException("The draft has " + draft.taskCount() + " tasks.");
    }
    return after - before;
  }

  /**
   * The 1, 5 and 15 minute load averages on Linux: the runs share the processors with all of it.
   */
  static String loadAverage() {
    try {
      return String.join(
          " ", Arrays.asList(Files.readString(Path.of("/proc/loadavg")).split(" ")).subList(0, 3));
    } catch (IOException | RuntimeException e) {
      return "unknown";
    }
  }

  private static int setting(String name, int fallback) {
    return Integer.parseInt(System.getProperty("benchmark." + name, Integer.toString(fallback)));
  }

  private record Run(
      Changes changes,
      long readMillis,
      long writeMillis,
      long heapMib,
      long gcMillis,
      String statements) {

    long totalMillis() {
      return readMillis + writeMillis;
    }

    void expect(int tasksCreated, boolean anyChange) {
      if (changes.tasksCreated() != tasksCreated || changes.any() != anyChange) {
        throw new IllegalStateException("Unexpected changes: " + changes);
      }
    }

    void addTo(Figures figures) {
      figures.add(readMillis, writeMillis, heapMib, gcMillis);
    }

    @Override
    public String toString() {
      return String.format(
          Locale.ROOT,
          "%.1f s (GC %.1f s, heap after GC %d MiB; %s)",
          totalMillis() / 1000.0,
          gcMillis / 1000.0,
          heapMib,
          statements);
    }
  }
}
