package org.tacit.application.assessment.internal;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * How far each running assessment has got, in memory: the run's row says RUNNING until its one
 * transaction commits, and a page polling it wants to see the count rise meanwhile. Lost on a
 * restart, which the start-up (InterruptedRuns) turns into a failed run anyway.
 */
@ApplicationScoped
public class RunProgressBoard {

  /** done, total. */
  private final Map<Long, int[]> progress = new ConcurrentHashMap<>();

  void total(long runId, int total) {
    progress.put(runId, new int[] {0, total});
  }

  void done(long runId, int done) {
    progress.computeIfPresent(runId, (id, p) -> new int[] {done, p[1]});
  }

  void forget(long runId) {
    progress.remove(runId);
  }

  /** {done, total}, or {0, 0} before the run has read its tasks. */
  int[] of(long runId) {
    return progress.getOrDefault(runId, new int[] {0, 0}).clone();
  }
}
