package org.tacit.benchmarks;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The measured runs of one kind (first import, re-import, a baseline): median, fastest and slowest.
 * A baseline's line also says how many times longer the product took: its median total and median
 * write, each divided by the baseline's median total.
 */
final class Figures {

  private final String name;
  private final List<Long> totalMillis = new ArrayList<>();
  private final List<Long> readMillis = new ArrayList<>();
  private final List<Long> writeMillis = new ArrayList<>();
  private final List<Long> heapMib = new ArrayList<>();
  private final List<Long> gcMillis = new ArrayList<>();

  Figures(String name) {
    this.name = name;
  }

  void add(long read, long write, long heap, long gc) {
    readMillis.add(read);
    writeMillis.add(write);
    totalMillis.add(read + write);
    heapMib.add(heap);
    gcMillis.add(gc);
  }

  static String header() {
    return String.format(
        Locale.ROOT,
        "%-30s %28s %10s %10s %16s %8s %20s",
        "",
        "total s (median, min-max)",
        "read s",
        "write s",
        "heap after GC",
        "GC s",
        "product / it: total, write");
  }

  String line() {
    return String.format(
        Locale.ROOT,
        "%-30s %12.2f (%5.2f-%5.2f) %10.2f %10.2f %9d MiB %8.2f",
        name,
        seconds(median(totalMillis)),
        seconds(min(totalMillis)),
        seconds(max(totalMillis)),
        seconds(median(readMillis)),
        seconds(median(writeMillis)),
        max(heapMib),
        seconds(median(gcMillis)));
  }

  /** This baseline's line, with {@code product}'s median total and write divided by its total. */
  String lineAgainst(Figures product) {
    double baseline = median(totalMillis);
    return String.format(
        Locale.ROOT,
        "%s %12.1fx %6.1fx",
        line(),
        median(product.totalMillis) / baseline,
        median(product.writeMillis) / baseline);
  }

  private static double seconds(long millis) {
    return millis / 1000.0;
  }

  private static long median(List<Long> values) {
    List<Long> sorted = values.stream().sorted().toList();
    int middle = sorted.size() / 2;
    return sorted.size() % 2 == 1
        ? sorted.get(middle)
        : (sorted.get(middle - 1) + sorted.get(middle)) / 2;
  }

  private static long min(List<Long> values) {
    return values.stream().mapToLong(Long::longValue).min().orElseThrow();
  }

  private static long max(List<Long> values) {
    return values.stream().mapToLong(Long::longValue).max().orElseThrow();
  }
}
