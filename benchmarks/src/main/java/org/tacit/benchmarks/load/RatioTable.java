package org.tacit.benchmarks.load;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.StringJoiner;

/**
 * The load run's figures as a Markdown table, each request's 95th percentile also as a multiple of
 * the static resource's, served by the same Payara in the same run: what the portal's own work
 * costs beyond what the server, the network stack and the machine's load cost anyway.
 */
public final class RatioTable {

  private final List<RequestFigures> figures;
  private final OptionalLong baseline;

  public RatioTable(List<RequestFigures> figures) {
    this.figures = List.copyOf(figures);
    this.baseline =
        figures.stream()
            .filter(f -> f.name().equals(Targets.BASELINE))
            .findFirst()
            .map(RequestFigures::p95)
            .orElse(OptionalLong.empty());
  }

  /** {@code p95} as a multiple of the baseline's, e.g. "23×"; empty without either. */
  public Optional<String> ratio(OptionalLong p95) {
    if (p95.isEmpty() || baseline.isEmpty()) {
      return Optional.empty();
    }
    double ratio = (double) p95.getAsLong() / Math.max(1, baseline.getAsLong());
    return Optional.of(String.format(Locale.ROOT, ratio < 10 ? "%.1f×" : "%.0f×", ratio));
  }

  /** Whether the request met its target: "met", "missed by N ms", or empty without a target. */
  public static Optional<String> verdict(RequestFigures request) {
    OptionalLong target = Targets.p95(request.name());
    if (target.isEmpty()) {
      return Optional.empty();
    }
    if (request.p95().isEmpty()) {
      return Optional.of("no successful request");
    }
    long over = request.p95().getAsLong() - target.getAsLong();
    String time = over < 0 ? "met" : "missed by " + over + " ms";
    return Optional.of(request.failed() == 0 ? time : time + ", " + request.failed() + " failed");
  }

  public String markdown() {
    StringBuilder table = new StringBuilder();
    table.append(
        "| request | count | failed | median | 95th percentile | 99th percentile | max | p95 ÷"
            + " baseline p95 | target |\n");
    table.append("|---|---|---|---|---|---|---|---|---|\n");
    for (RequestFigures f : figures) {
      StringJoiner row = new StringJoiner(" | ", "| ", " |\n");
      row.add(f.group() ? f.name() + " (group)" : f.name());
      row.add(Long.toString(f.count()));
      row.add(Long.toString(f.failed()));
      row.add(ms(f.median()));
      row.add(f.p95().isPresent() ? "**" + ms(f.p95()) + "**" : "–");
      row.add(ms(f.p99()));
      row.add(ms(f.max()));
      row.add(ratio(f.p95()).orElse("–"));
      row.add(verdict(f).orElse(""));
      table.append(row);
    }
    return table.toString();
  }

  private static String ms(OptionalLong value) {
    return value.isPresent() ? Long.toString(value.getAsLong()) : "–";
  }
}
