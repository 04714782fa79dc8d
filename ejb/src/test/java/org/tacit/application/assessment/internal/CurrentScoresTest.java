package org.tacit.application.assessment.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.tacit.application.access.ScopeTasks;
import org.tacit.application.assessment.TaskScoreSummary;

class CurrentScoresTest {

  private final CurrentScores scores = new CurrentScores();
  private final AtomicInteger scored = new AtomicInteger();

  @Test
  void aScopeIsScoredOncePerStateOfTheData() {
    List<TaskScoreSummary> first = scores.of(state(1, "FIN"), () -> tasks(10));
    List<TaskScoreSummary> again = scores.of(state(1, "FIN"), () -> tasks(10));
    List<TaskScoreSummary> afterAnEdit = scores.of(state(2, "FIN"), () -> tasks(10));

    assertThat(again).isSameAs(first);
    assertThat(afterAnEdit).isNotSameAs(first);
    assertThat(scored).hasValue(2);
  }

  @Test
  void theLeastRecentlyReadScopesAreForgottenBeyondTheTasksKept() {
    int half = CurrentScores.TASKS_KEPT / 2;
    scores.of(state(1, "FIN"), () -> tasks(half));
    scores.of(state(1, "OPS"), () -> tasks(half));
    scores.of(state(1, "FIN"), () -> tasks(half)); // FIN read last: OPS is the oldest now
    scores.of(state(1, "HR"), () -> tasks(10));

    scores.of(state(1, "FIN"), () -> tasks(half));
    assertThat(scored).as("FIN kept").hasValue(3);
    scores.of(state(1, "OPS"), () -> tasks(half));
    assertThat(scored).as("OPS forgotten, scored again").hasValue(4);
  }

  @Test
  void aScopeLargerThanAllTheTasksKeptIsScoredForItsRequestOnly() {
    scores.of(state(1, "FIN"), () -> tasks(10));
    scores.of(state(1, "ALL"), () -> tasks(CurrentScores.TASKS_KEPT + 1));

    scores.of(state(1, "ALL"), () -> tasks(CurrentScores.TASKS_KEPT + 1));
    assertThat(scored).hasValue(3);
  }

  private static CurrentScores.State state(long revision, String department) {
    return new CurrentScores.State(
        revision,
        1,
        null,
        new ScopeTasks(department, Set.of((long) department.hashCode()), null, null));
  }

  private List<TaskScoreSummary> tasks(int count) {
    scored.incrementAndGet();
    TaskScoreSummary task =
        new TaskScoreSummary(
            1,
            1,
            "Clerk",
            "FIN",
            "Finance",
            "Books invoices",
            null,
            50.0,
            50.0,
            "AUGMENTABLE",
            1.0,
            List.of());
    return new ArrayList<>(Collections.nCopies(count, task));
  }
}
