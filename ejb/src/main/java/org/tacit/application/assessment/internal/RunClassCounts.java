package org.tacit.application.assessment.internal;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Supplier;

/**
 * A finished run's tasks per class, per set of departments read: counting them reads every one of a
 * run's hundred thousand rows, and a run's page asks for them on every opening and every page of
 * its table. A finished run never changes (its rows are written in the transaction that finishes it
 * and never again), so what was counted once stays true on every server, and nothing needs telling
 * when something else changes.
 */
@ApplicationScoped
public class RunClassCounts {

  /** A few hundred small maps. */
  static final int KEPT = 500;

  /** The run, and the departments read (null for all), in order. */
  private record Counted(long runId, Set<String> departments) {}

  /** Oldest use first. */
  private final Map<Counted, Map<String, Integer>> kept =
      new LinkedHashMap<>(64, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Counted, Map<String, Integer>> eldest) {
          return size() > KEPT;
        }
      };

  /** The finished run's tasks per class, of {@code departments} (all, when null). */
  Map<String, Integer> of(
      long runId, Set<String> departments, Supplier<Map<String, Integer>> count) {
    Counted key = new Counted(runId, departments == null ? null : new TreeSet<>(departments));
    synchronized (kept) {
      Map<String, Integer> counts = kept.get(key);
      if (counts != null) {
        return counts;
      }
    }
    Map<String, Integer> counts = Map.copyOf(count.get()); // two first readers may both count
    synchronized (kept) {
      kept.put(key, counts);
    }
    return counts;
  }
}
