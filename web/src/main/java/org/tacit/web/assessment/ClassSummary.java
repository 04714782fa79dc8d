package org.tacit.web.assessment;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.tacit.application.assessment.TaskScoreSummary;

/**
 * How a set of tasks divides among the classes: by count, and by the role time they take (each
 * task's share of its role's time, summed over tasks, so a role's daily work weighs more than a
 * yearly chore).
 *
 * @param share of the time known, 0–100; null when no task gives a share
 */
public record ClassSummary(String taskClass, int tasks, Double share) implements Serializable {

  private static final List<String> ORDER =
      List.of("AUTOMATABLE", "AUGMENTABLE", "LEARNING_BOUND", "MANUAL", "UNSCORED");

  public static List<ClassSummary> of(List<TaskScoreSummary> scores) {
    Map<String, int[]> counts = new LinkedHashMap<>();
    Map<String, BigDecimal> time = new LinkedHashMap<>();
    BigDecimal total = BigDecimal.ZERO;
    for (String c : ORDER) {
      counts.put(c, new int[1]);
      time.put(c, BigDecimal.ZERO);
    }
    for (TaskScoreSummary task : scores) {
      counts.get(task.taskClass())[0]++;
      if (task.timeSharePct() != null) {
        time.merge(task.taskClass(), task.timeSharePct(), BigDecimal::add);
        total = total.add(task.timeSharePct());
      }
    }
    List<ClassSummary> summary = new ArrayList<>();
    for (String c : ORDER) {
      Double share =
          total.signum() == 0 ? null : time.get(c).doubleValue() * 100 / total.doubleValue();
      summary.add(new ClassSummary(c, counts.get(c)[0], share));
    }
    return summary;
  }
}
