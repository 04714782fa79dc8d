package org.tacit.application.assessment.internal;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The runs this server works on, and how far each has got, from the moment it is started until it
 * ends. A run's row says RUNNING until its one transaction commits; {@link RunWatch} writes what is
 * here onto the row every two seconds, as its heartbeat and its progress, so that every server
 * shows the progress and none mistakes the run for one whose server has died.
 */
@ApplicationScoped
public class RunProgressBoard {

  /** done, total. */
  private final Map<Long, int[]> progress = new ConcurrentHashMap<>();

  /** The run is this server's from now on, before it has read its tasks. */
  void begin(long runId) {
    progress.put(runId, new int[] {0, 0});
  }

  void total(long runId, int total) {
    progress.put(runId, new int[] {0, total});
  }

  void done(long runId, int done) {
    progress.computeIfPresent(runId, (id, p) -> new int[] {done, p[1]});
  }

  void forget(long runId) {
    progress.remove(runId);
  }

  /** Each run this server works on: {done, total}. */
  Map<Long, int[]> working() {
    Map<Long, int[]> copy = new HashMap<>();
    progress.forEach((id, p) -> copy.put(id, p.clone()));
    return copy;
  }
}
