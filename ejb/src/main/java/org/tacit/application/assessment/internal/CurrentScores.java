package org.tacit.application.assessment.internal;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.tacit.application.access.ScopeTasks;
import org.tacit.application.assessment.TaskScoreSummary;

/**
 * The tasks of a scope as they score now, kept for every reader while the data they rest on stays
 * as it is: twenty people opening the Assessment page of a department of five thousand tasks score
 * and explain them once, not twenty times, and their views keep none of them.
 *
 * <p>Kept under the state of the data as the database says it on each request (the inventory's
 * revision, the rule set, the O*NET release), so an edit on any server makes every server score
 * again; nothing here needs telling. The newest scopes are kept up to {@link #TASKS_KEPT} tasks in
 * all; a scope larger than that is scored for its request only.
 */
@ApplicationScoped
public class CurrentScores {

  /** About 5 MB a department of 5,000 tasks with their reasons. */
  static final int TASKS_KEPT = 40_000;

  /**
   * What a scope's scores rest on.
   *
   * @param release when the library's release was loaded, or null while it holds none
   */
  record State(long inventoryRevision, int ruleSetVersion, Instant release, ScopeTasks scope) {}

  /** Oldest use first. */
  private final Map<State, Scored> kept = new LinkedHashMap<>(16, 0.75f, true);

  private int tasksKept;

  /** The scope's scores in {@code state}, scored by {@code score} by the first to ask. */
  List<TaskScoreSummary> of(State state, Supplier<List<TaskScoreSummary>> score) {
    Scored scored;
    synchronized (kept) {
      scored = kept.computeIfAbsent(state, s -> new Scored());
    }
    List<TaskScoreSummary> tasks = scored.tasks(score);
    synchronized (kept) {
      if (!scored.counted && kept.get(state) == scored) {
        scored.counted = true;
        tasksKept += tasks.size();
        forgetOldest();
      }
    }
    return tasks;
  }

  private void forgetOldest() {
    Iterator<Scored> oldest = kept.values().iterator();
    while (tasksKept > TASKS_KEPT && oldest.hasNext()) {
      Scored scored = oldest.next();
      if (scored.counted) {
        tasksKept -= scored.size();
      }
      oldest.remove();
    }
  }

  /** The scores of one state, made once; every other reader waits for the first. */
  private static final class Scored {
    private List<TaskScoreSummary> tasks;
    private boolean counted; // guarded by kept

    synchronized List<TaskScoreSummary> tasks(Supplier<List<TaskScoreSummary>> score) {
      if (tasks == null) {
        tasks = List.copyOf(score.get());
      }
      return tasks;
    }

    synchronized int size() {
      return tasks == null ? 0 : tasks.size();
    }
  }
}
