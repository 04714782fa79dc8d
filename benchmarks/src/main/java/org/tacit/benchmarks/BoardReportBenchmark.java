package org.tacit.benchmarks;

import static org.tacit.benchmarks.ReassessmentBenchmark.inTransaction;

import jakarta.persistence.EntityManagerFactory;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Year;
import java.util.List;
import java.util.Locale;
import org.tacit.application.access.ScopeTasks;
import org.tacit.application.assessment.Reassessment;
import org.tacit.application.inventory.internal.InventoryImporter;
import org.tacit.application.library.internal.LibraryWriter;
import org.tacit.application.reports.internal.BoardFigures;
import org.tacit.domain.model.assessment.TaskInput;
import org.tacit.domain.model.inventory.imports.ImportResult;
import org.tacit.domain.scenario.SavedScenario;
import org.tacit.domain.scenario.Scenarios;
import org.tacit.domain.scoring.RuleSet;
import org.tacit.infrastructure.imports.ImportLimits;
import org.tacit.infrastructure.imports.InventoryFiles;
import org.tacit.infrastructure.onet.OccupationProfiles;
import org.tacit.infrastructure.onet.StarterLibraryFile;
import org.tacit.infrastructure.persistence.AssessmentRepository;
import org.tacit.infrastructure.persistence.InventoryRepository;
import org.tacit.infrastructure.persistence.OccupationRepository;
import org.tacit.infrastructure.persistence.ScenarioRepository;
import org.tacit.infrastructure.reports.BoardPdf;

/**
 * Writes the board report as {@code SubstitutionReports.board} does for an analyst: the whole
 * organisation's tasks read with their O*NET estimates, scored once, every preset scenario applied,
 * the figures gathered and the PDF streamed to a file. Set up once and not timed: the O*NET starter
 * library, the preset scenarios and the organisation through the real importer.
 *
 * <p>Usage: {@code BoardReportBenchmark DEMO} for the demo organisation (config/demo), or {@code
 * BoardReportBenchmark SYNTHETIC} for a synthetic one sized by the system properties of {@link
 * ImportBenchmark} (the pom's execution: 10 departments × 100 roles × 10 tasks).
 */
public final class BoardReportBenchmark {

  private final EntityManagerFactory jpa;
  private final Path output;
  private final HeapWatch heap = new HeapWatch();

  private BoardReportBenchmark(EntityManagerFactory jpa, Path output) {
    this.jpa = jpa;
    this.output = output;
  }

  public static void main(String[] args) throws IOException {
    boolean demo = args[0].equals("DEMO");
    Path work = Path.of(System.getProperty("benchmark.work", "target/benchmark"));
    Files.createDirectories(Path.of(System.getProperty("java.io.tmpdir")));
    BenchmarkDatabase database = BenchmarkDatabase.H2;
    database.start(work);
    try (EntityManagerFactory jpa = database.freshJpa()) {
      ImportResult organisation = demo ? demoOrganisation() : synthetic(work);
      String name = demo ? "the demo organisation" : "a synthetic organisation";
      prepare(jpa, organisation);
      Path output = work.resolve("board-" + (demo ? "demo" : "synthetic") + ".pdf");
      System.out.printf(
          Locale.ROOT, "%nThe board report of %s, %s%n", name, database.description());
      System.out.printf(
          Locale.ROOT,
          "JVM: Java %s, max heap %d MiB, %s; %d processors%n",
          System.getProperty("java.version"),
          HeapWatch.maxMib(),
          HeapWatch.collectors(),
          Runtime.getRuntime().availableProcessors());
      new BoardReportBenchmark(jpa, output).run(setting("warmups", 1), setting("iterations", 5));
    }
    System.exit(0);
  }

  private static ImportResult demoOrganisation() throws IOException {
    try (InputStream csv =
        BoardFigures.class.getClassLoader().getResourceAsStream("demo/demo-organisation.csv")) {
      return InventoryFiles.read(csv, "demo-organisation.csv", ImportLimits.defaults());
    }
  }

  private static ImportResult synthetic(Path work) throws IOException {
    var library = StarterLibraryFile.bundled().occupations();
    SyntheticInventory inventory =
        new SyntheticInventory(
                setting("departments", 10), setting("roles", 100), setting("tasks", 10))
            .linkedTo(library.stream().limit(250).map(o -> o.code()).toList());
    Path file = inventory.writeTo(work.resolve("inventory-" + inventory.taskRows() + "-board.csv"));
    return InventoryFiles.read(file, file.getFileName().toString(), ImportLimits.defaults());
  }

  /** The O*NET starter library, the preset scenarios and the organisation; not timed. */
  private static void prepare(EntityManagerFactory jpa, ImportResult organisation) {
    var draft =
        organisation
            .draft()
            .orElseThrow(
                () ->
                    new IllegalStateException(
                        "The organisation does not import: "
                            + organisation.problems().stream().limit(5).toList()));
    inTransaction(
        jpa,
        em -> {
          try {
            new LibraryWriter(new OccupationRepository(em))
                .replace(
                    StarterLibraryFile.bundled(),
                    OccupationProfiles.bundled(),
                    "benchmark",
                    Instant.now());
          } catch (IOException e) {
            throw new UncheckedIOException(e);
          }
          ScenarioRepository scenarios = new ScenarioRepository(em);
          Scenarios.presets(Year.now().getValue())
              .forEach(s -> scenarios.add(new SavedScenario(s, "benchmark", Instant.now())));
          return new InventoryImporter(new InventoryRepository(em), new OccupationRepository(em))
              .apply(draft, "benchmark", Instant.now());
        });
  }

  private void run(int warmups, int iterations) throws IOException {
    System.out.println(
        "Load average before the runs (other work on the machine): "
            + ImportBenchmark.loadAverage());
    Figures figures = new Figures("board report");
    for (int i = 1; i <= warmups + iterations; i++) {
      boolean warmup = i <= warmups;
      heap.start();
      long start = System.nanoTime();
      long[] read = new long[1];
      int tasks =
          inTransaction(
              jpa,
              em -> {
                AssessmentRepository runs = new AssessmentRepository(em);
                List<TaskInput> inputs =
                    new Reassessment(runs, new OccupationRepository(em))
                        .inputs(ScopeTasks.organisation());
                read[0] = System.nanoTime();
                List<SavedScenario> scenarios = new ScenarioRepository(em).all();
                RuleSet ruleSet = runs.published().ruleSet();
                var report =
                    BoardFigures.of(
                        ruleSet,
                        inputs,
                        scenarios,
                        scenarios.get(0),
                        new BoardFigures.Setting(
                            "All departments",
                            LocalDate.now(),
                            null,
                            null,
                            "O*NET 27.0",
                            Scenarios.shippedTrend()));
                try (OutputStream out = Files.newOutputStream(output)) {
                  BoardPdf.write(report, Locale.UK, out);
                } catch (IOException e) {
                  throw new UncheckedIOException(e);
                }
                return inputs.size();
              });
      long end = System.nanoTime();
      long readMillis = (read[0] - start) / 1_000_000;
      long writeMillis = (end - read[0]) / 1_000_000;
      System.out.printf(
          Locale.ROOT,
          "%s %d: %.1f s (read and O*NET %.1f s, score, figures and PDF %.1f s; GC %.1f s,"
              + " heap after GC %d MiB); %,d tasks, %,d KiB written to %s%n",
          warmup ? "warm-up" : "run",
          warmup ? i : i - warmups,
          (readMillis + writeMillis) / 1000.0,
          readMillis / 1000.0,
          writeMillis / 1000.0,
          heap.gcMillisSinceStart() / 1000.0,
          heap.largestAfterGcMib(),
          tasks,
          Files.size(output) / 1024,
          output);
      if (!warmup) {
        figures.add(readMillis, writeMillis, heap.largestAfterGcMib(), heap.gcMillisSinceStart());
      }
    }
    System.out.println("Load average after the runs: " + ImportBenchmark.loadAverage());
    System.out.println(Figures.header());
    System.out.println(figures.line());
    System.out.println(
        "read: reading the tasks and O*NET estimates; write: scoring, every scenario, the figures"
            + " and the PDF streamed to the file");
  }

  private static int setting(String name, int defaultValue) {
    return Integer.getInteger("benchmark." + name, defaultValue);
  }
}
