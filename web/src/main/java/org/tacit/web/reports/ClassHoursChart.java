package org.tacit.web.reports;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import java.util.List;
import org.tacit.application.reports.Dashboard.ClassHours;
import org.tacit.web.assessment.ClassLabels;
import org.tacit.web.output.ScriptJson;

/**
 * Where each department's working hours sit, as a Chart.js stacked bar configuration: one bar per
 * department, one stack per task class in the colours of the class badges, in thousands of hours a
 * year so that big and small departments read on one axis.
 */
public final class ClassHoursChart {

  private static final ClassLabels LABELS = new ClassLabels();

  private ClassHoursChart() {}

  public static String of(List<ClassHours> departments) {
    JsonArrayBuilder labels = Json.createArrayBuilder();
    departments.forEach(d -> labels.add(d.name()));
    JsonArrayBuilder datasets = Json.createArrayBuilder();
    ClassLabels.COLOURS.forEach(
        (taskClass, colour) -> {
          JsonArrayBuilder hours = Json.createArrayBuilder();
          departments.forEach(
              d -> hours.add(Math.round(d.hours().getOrDefault(taskClass, 0.0) / 100) / 10.0));
          datasets.add(
              Json.createObjectBuilder()
                  .add("label", LABELS.label(taskClass))
                  .add("data", hours)
                  .add("backgroundColor", colour)
                  .add("stack", "hours"));
        });
    JsonObjectBuilder axis = Json.createObjectBuilder().add("stacked", true);
    JsonObjectBuilder options =
        Json.createObjectBuilder()
            .add("responsive", true)
            .add("maintainAspectRatio", false)
            .add("animation", false)
            .add("indexAxis", "y")
            .add(
                "scales",
                Json.createObjectBuilder()
                    .add(
                        "x",
                        Json.createObjectBuilder()
                            .add("stacked", true)
                            .add(
                                "title",
                                Json.createObjectBuilder()
                                    .add("display", true)
                                    .add("text", "thousand working hours a year")))
                    .add("y", axis))
            .add(
                "plugins",
                Json.createObjectBuilder()
                    .add("legend", Json.createObjectBuilder().add("position", "bottom")));
    return ScriptJson.of(
        Json.createObjectBuilder()
            .add("type", "bar")
            .add("data", Json.createObjectBuilder().add("labels", labels).add("datasets", datasets))
            .add("options", options)
            .build());
  }
}
