package org.tacit.web.assessment;

import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import java.util.ArrayList;
import java.util.Collection;
import java.util.DoubleSummaryStatistics;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.tacit.application.assessment.TaskScoreSummary;
import org.tacit.text.Words;
import org.tacit.web.output.ChartOptions;
import org.tacit.web.output.JsonBuilders;
import org.tacit.web.output.ScriptJson;

/**
 * The quadrant of tasks as a Chart.js scatter configuration for {@code p:chart}: learning need
 * across, automation readiness up, one colour per class, the rule set's thresholds as the lines
 * between the quadrants. Hover and click-through live in {@code tacit.js} (functions cannot travel
 * in JSON); each point carries what they need, and every word they show comes from here in the
 * reader's language: a point's scores line, and the four quadrants' names ({@code
 * plugins.quadrants.labels}).
 */
public final class QuadrantChart {

  private static final ClassLabels LABELS = new ClassLabels();

  /** Unscored tasks have no place in the quadrant. */
  private static final Map<String, String> COLOURS = new LinkedHashMap<>(ClassLabels.COLOURS);

  static {
    COLOURS.remove("UNSCORED");
  }

  private QuadrantChart() {}

  /**
   * Up to this many tasks, each is a dot of its own. Above, tasks close together are drawn as one
   * larger dot that says how many it holds: five thousand dots are a megabyte of page and a blot,
   * not a picture.
   */
  public static final int DOTS = 500;

  /** The tasks a dot of many names on hover. */
  private static final int NAMED = 3;

  /** The grids tried for close tasks, finest first, in score points. */
  private static final int[] STEPS = {1, 2, 4, 5, 10, 20};

  /** Whether {@code tasks} are more than the chart draws one by one. */
  public static boolean merges(List<TaskScoreSummary> tasks) {
    return placed(tasks).size() > DOTS;
  }

  /** Tasks without a score on both axes have no place in the quadrant and are left out. */
  public static String of(
      List<TaskScoreSummary> tasks,
      double learningNeedThreshold,
      double automationReadinessThreshold,
      String rolePageAddress,
      Locale locale) {
    Words words = Words.in(locale);
    List<TaskScoreSummary> placed = placed(tasks);
    int step = step(placed);
    JsonArrayBuilder datasets = JsonBuilders.array();
    COLOURS.forEach(
        (taskClass, colour) -> {
          JsonArrayBuilder points = JsonBuilders.array();
          JsonArrayBuilder radii = JsonBuilders.array();
          for (List<TaskScoreSummary> dot : dots(placed, taskClass, step)) {
            points.add(
                dot.size() == 1
                    ? point(dot.get(0), words, rolePageAddress)
                    : merged(dot, words, rolePageAddress));
            radii.add(radius(dot.size()));
          }
          datasets.add(
              JsonBuilders.object()
                  .add("label", LABELS.label(taskClass, locale))
                  .add("data", points)
                  .add("backgroundColor", colour + "b3")
                  .add("borderColor", colour)
                  .add("pointRadius", radii)
                  .add("pointHoverRadius", 8)
                  .add("clip", false)); // a task at 0 or 100 is drawn whole, over the axis
        });
    JsonObjectBuilder corners = JsonBuilders.object();
    COLOURS.keySet().forEach(taskClass -> corners.add(taskClass, LABELS.label(taskClass, locale)));
    JsonObjectBuilder options =
        ChartOptions.in(locale)
            .add(
                "scales",
                JsonBuilders.object()
                    .add("x", axis(words.text("chart.quadrant.learningNeed")))
                    .add("y", axis(words.text("chart.quadrant.readiness"))))
            .add(
                "plugins",
                ChartOptions.legendBelow()
                    .add(
                        "quadrants",
                        JsonBuilders.object()
                            .add("learningNeed", learningNeedThreshold)
                            .add("automationReadiness", automationReadinessThreshold)
                            .add("labels", corners)));
    return ScriptJson.of(
        JsonBuilders.object()
            .add("type", "scatter")
            .add("data", JsonBuilders.object().add("datasets", datasets))
            .add("options", options)
            .build());
  }

  private static List<TaskScoreSummary> placed(List<TaskScoreSummary> tasks) {
    return tasks.stream()
        .filter(t -> t.learningNeed() != null && t.automationReadiness() != null)
        .toList();
  }

  /** The finest grid on which the tasks make at most {@link #DOTS} dots; 0 for a dot each. */
  private static int step(List<TaskScoreSummary> placed) {
    if (placed.size() <= DOTS) {
      return 0;
    }
    for (int step : STEPS) {
      Set<String> cells = new HashSet<>();
      for (TaskScoreSummary task : placed) {
        cells.add(cell(task, step));
      }
      if (cells.size() <= DOTS) {
        return step;
      }
    }
    return STEPS[STEPS.length - 1];
  }

  /** The tasks of {@code taskClass}, one dot each, or grouped by their cell on the grid. */
  private static Collection<List<TaskScoreSummary>> dots(
      List<TaskScoreSummary> placed, String taskClass, int step) {
    Map<String, List<TaskScoreSummary>> dots = new LinkedHashMap<>();
    int i = 0;
    for (TaskScoreSummary task : placed) {
      if (taskClass.equals(task.taskClass())) {
        String key = step == 0 ? String.valueOf(i++) : cell(task, step);
        dots.computeIfAbsent(key, k -> new ArrayList<>()).add(task);
      }
    }
    return dots.values();
  }

  private static String cell(TaskScoreSummary task, int step) {
    return task.taskClass()
        + ":"
        + Math.round(task.learningNeed() / step)
        + ":"
        + Math.round(task.automationReadiness() / step);
  }

  private static JsonObjectBuilder point(TaskScoreSummary task, Words words, String rolePage) {
    return JsonBuilders.object()
        .add("x", task.learningNeed())
        .add("y", task.automationReadiness())
        .add("task", task.statement())
        .add("role", role(task))
        .add(
            "text",
            words.text(
                "chart.quadrant.point",
                Math.round(task.learningNeed()),
                Math.round(task.automationReadiness()),
                task.confidence()))
        .add("href", rolePage + task.roleId());
  }

  /**
   * Tasks close together as one dot where they lie on average: how many, the first few with their
   * roles, the range of their scores, and the first one's role on click.
   */
  private static JsonObjectBuilder merged(
      List<TaskScoreSummary> dot, Words words, String rolePage) {
    DoubleSummaryStatistics learning =
        dot.stream().mapToDouble(TaskScoreSummary::learningNeed).summaryStatistics();
    DoubleSummaryStatistics readiness =
        dot.stream().mapToDouble(TaskScoreSummary::automationReadiness).summaryStatistics();
    JsonArrayBuilder lines = JsonBuilders.array();
    dot.stream()
        .limit(NAMED)
        .forEach(t -> lines.add(words.text("chart.quadrant.named", t.statement(), role(t))));
    if (dot.size() > NAMED) {
      lines.add(words.text("chart.quadrant.more", dot.size() - NAMED));
    }
    lines.add(
        words.text(
            "chart.quadrant.range",
            Math.round(learning.getMin()),
            Math.round(learning.getMax()),
            Math.round(readiness.getMin()),
            Math.round(readiness.getMax())));
    return JsonBuilders.object()
        .add("x", learning.getAverage())
        .add("y", readiness.getAverage())
        .add("tasks", dot.size())
        .add("task", words.text("chart.quadrant.tasks", dot.size()))
        .add("lines", lines)
        .add("href", rolePage + dot.get(0).roleId());
  }

  /** A dot of one task is 5 pixels wide; one of many grows with the root of their number. */
  private static int radius(int tasks) {
    return tasks == 1 ? 5 : (int) Math.min(14, Math.round(5 + Math.sqrt(tasks)));
  }

  private static String role(TaskScoreSummary task) {
    return task.roleTitle() + " · " + task.departmentCode();
  }

  private static JsonObjectBuilder axis(String title) {
    return JsonBuilders.object()
        .add("min", 0)
        .add("max", 100)
        .add("title", ChartOptions.title(title));
  }
}
