package org.tacit.web.assessment;

import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
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

  /** Tasks without a score on both axes have no place in the quadrant and are left out. */
  public static String of(
      List<TaskScoreSummary> tasks,
      double learningNeedThreshold,
      double automationReadinessThreshold,
      String rolePageAddress,
      Locale locale) {
    Words words = Words.in(locale);
    JsonArrayBuilder datasets = JsonBuilders.array();
    COLOURS.forEach(
        (taskClass, colour) -> {
          JsonArrayBuilder points = JsonBuilders.array();
          for (TaskScoreSummary task : tasks) {
            if (taskClass.equals(task.taskClass())
                && task.learningNeed() != null
                && task.automationReadiness() != null) {
              points.add(
                  JsonBuilders.object()
                      .add("x", task.learningNeed())
                      .add("y", task.automationReadiness())
                      .add("task", task.statement())
                      .add("role", task.roleTitle() + " · " + task.departmentCode())
                      .add(
                          "text",
                          words.text(
                              "chart.quadrant.point",
                              Math.round(task.learningNeed()),
                              Math.round(task.automationReadiness()),
                              task.confidence()))
                      .add("href", rolePageAddress + task.roleId()));
            }
          }
          datasets.add(
              JsonBuilders.object()
                  .add("label", LABELS.label(taskClass, locale))
                  .add("data", points)
                  .add("backgroundColor", colour + "b3")
                  .add("borderColor", colour)
                  .add("pointRadius", 5)
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

  private static JsonObjectBuilder axis(String title) {
    return JsonBuilders.object()
        .add("min", 0)
        .add("max", 100)
        .add("title", ChartOptions.title(title));
  }
}
