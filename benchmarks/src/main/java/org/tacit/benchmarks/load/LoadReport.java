package org.tacit.benchmarks.load;

import jakarta.json.JsonObject;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Prints the newest Gatling run's figures as the table of docs/benchmarks.md, with each request's
 * 95th percentile as a multiple of the static resource's and whether it met its target. Runs after
 * Gatling in the {@code load} profile, whether or not Gatling's assertions held, so that a missed
 * target is reported, not just a failed build.
 *
 * <pre>java org.tacit.benchmarks.load.LoadReport benchmarks/target/gatling</pre>
 */
public final class LoadReport {

  private LoadReport() {}

  public static void main(String[] args) throws IOException {
    Path results = Path.of(args.length > 0 ? args[0] : "target/gatling");
    Optional<Path> stats = newestStats(results);
    if (stats.isEmpty()) {
      System.out.println("[load report] no Gatling run with js/stats.js under " + results);
      return;
    }
    System.out.println("[load report] " + stats.get().getParent().getParent());
    System.out.print(new RatioTable(RequestFigures.of(read(stats.get()))).markdown());
  }

  /** The stats.js of the newest run folder (Gatling names them simulation-timestamp). */
  static Optional<Path> newestStats(Path results) throws IOException {
    if (!Files.isDirectory(results)) {
      return Optional.empty();
    }
    try (Stream<Path> runs = Files.list(results)) {
      return runs.map(run -> run.resolve("js/stats.js"))
          .filter(Files::isRegularFile)
          .max(Comparator.comparing(LoadReport::modified));
    }
  }

  static JsonObject read(Path stats) throws IOException {
    return GatlingStats.parse(Files.readString(stats));
  }

  private static long modified(Path file) {
    try {
      return Files.getLastModifiedTime(file).toMillis();
    } catch (IOException e) {
      return 0;
    }
  }
}
