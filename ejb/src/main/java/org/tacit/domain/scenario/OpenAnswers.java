package org.tacit.domain.scenario;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.tacit.domain.scoring.TaskClass;

/**
 * What would change the figures: the answers HR could give that would release the most hours in a
 * scenario's last year, grouped by role and kind, largest first. "6 tasks of Accountant have no
 * length: 1,480 hours a year wait on them." Only hours an answer could move count: a task of
 * unknown length that is ready and not held by learning waits whole on its length; one held by its
 * length on an unconfirmed estimate waits on the part the curve holds back; one held by learning on
 * unconfirmed estimates waits whole on whether its learning need is as estimated; an unscored task
 * waits whole on its answers.
 */
public final class OpenAnswers {

  /** The kinds of answer that would move hours, each with what HR does about it. */
  public enum Kind {
    /** Ready for AI, nobody has said how long it takes: give its length. */
    NO_LENGTH,
    /** Held back by its length, which is an unconfirmed estimate: confirm or correct it. */
    ESTIMATED_LENGTH,
    /**
     * Held back by learning on the job, scored on unconfirmed estimates: confirm or correct them.
     */
    ESTIMATED_LEARNING_NEED,
    /** Not scored, for want of answers: answer its rubric. */
    UNSCORED
  }

  /**
   * Tasks of one role that wait on one kind of answer.
   *
   * @param taskIds the tasks, those that would release the most hours first
   * @param hours the hours a year that wait on these answers
   */
  public record Open(long roleId, Kind kind, List<Long> taskIds, double hours) {

    public Open {
      taskIds = List.copyOf(taskIds);
    }
  }

  private OpenAnswers() {}

  /**
   * The open answers of every role of {@code workforce} in {@code scenario}'s last year, largest
   * first.
   */
  public static List<Open> of(Workforce workforce, Scenario scenario) {
    SubstitutionEngine engine = new SubstitutionEngine(scenario);
    int year = scenario.lastYear().value();
    List<Open> open = new ArrayList<>();
    for (StaffedRole role : workforce.roles()) {
      List<ScoredTask> tasks = workforce.tasksOf(role.roleId());
      double[] hours = workforce.taskHours(role.roleId());
      Map<Kind, List<Waiting>> byKind = new EnumMap<>(Kind.class);
      for (int t = 0; t < tasks.size(); t++) {
        ScoredTask task = tasks.get(t);
        Verdict verdict = engine.verdict(task, year);
        Kind kind = kindOf(task, verdict);
        double waiting =
            kind == Kind.ESTIMATED_LENGTH
                ? hours[t] * (1 - verdict.substitutableShare())
                : hours[t];
        if (kind != null && waiting > 0) {
          byKind
              .computeIfAbsent(kind, k -> new ArrayList<>())
              .add(new Waiting(task.taskId(), waiting));
        }
      }
      byKind.forEach(
          (kind, waiting) -> {
            waiting.sort(Comparator.comparingDouble(Waiting::hours).reversed());
            open.add(
                new Open(
                    role.roleId(),
                    kind,
                    waiting.stream().map(Waiting::taskId).toList(),
                    waiting.stream().mapToDouble(Waiting::hours).sum()));
          });
    }
    open.sort(Comparator.comparingDouble(Open::hours).reversed());
    return open;
  }

  private record Waiting(long taskId, double hours) {}

  private static Kind kindOf(ScoredTask task, Verdict verdict) {
    return switch (verdict.blocker()) {
      case UNKNOWN_LENGTH -> Kind.NO_LENGTH;
      case TASK_LENGTH, NONE ->
          task.estimated() && verdict.substitutableShare() < 1 ? Kind.ESTIMATED_LENGTH : null;
      case LEARNING_NEED -> task.estimated() ? Kind.ESTIMATED_LEARNING_NEED : null;
      case NOT_READY -> task.taskClass() == TaskClass.UNSCORED ? Kind.UNSCORED : null;
    };
  }
}
