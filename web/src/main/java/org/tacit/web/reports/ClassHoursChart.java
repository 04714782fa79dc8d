package org.tacit.web.reports;

import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import java.util.List;
import java.util.Locale;
import org.tacit.application.reports.Dashboard.ClassHours;
import org.tacit.web.assessment.ClassLabels;
import org.tacit.web.output.ChartOptions;
import org.tacit.web.output.JsonBuilders;
import org.tacit.web.output.ScriptJson;

/**
 * Where each department's working hours sit, as a Chart.js stacked bar configuration: one bar per
 * department, one stack per task class in the colours of the class badges, in thousands of hours a
 * year so that big and small departments read on one axis; class names, axis and numbers in the
 * reader's language.
 */
public final class ClassHoursChart {

  private static final ClassLabels LABELS = new ClassLabels();

  private ClassHoursChart() {}

  public static String of(List<ClassHours> departments, Locale locale) {
    JsonArrayBuilder labels = JsonBuilders.array();
    departments.forEach(d -> labels.add(d.name()));
    JsonArrayBuilder datasets = JsonBuilders.array();
    ClassLabels.COLOURS.forEach(
        (taskClass, colour) -> {
          JsonArrayBuilder hours = JsonBuilders.array();
          departments.forEach(
              d -> hours.add(Math.round(d.hours().getOrDefault(taskClass, 0.0) / 100) / 10.0));
          datasets.add(
              JsonBuilders.object()
                  .add("label", LABELS.label(taskClass, locale))
                  .add("data", hours)
                  .add("backgroundColor", colour)
                  .add("stack", "hours"));
        });
    JsonObjectBuilder axis = JsonBuilders.object().add("stacked", true);
    JsonObjectBuilder options =
        ChartOptions.in(locale)
            .add("indexAxis", "y")
            .add(
                "scales",
                JsonBuilders.object()
                    .add(
                        "x",
                        JsonBuilders.object()
                            .add("stacked", true)
                            .add(
                                "title",
                                ChartOptions.title(
                                    ReportWords.text(locale, "chart.classHours.axis"))))
                    .add("y", axis))
            .add("plugins", ChartOptions.legendBelow());
    return ScriptJson.of(
        JsonBuilders.object()
            .add("type", "bar")
            .add("data", JsonBuilders.object().add("labels", labels).add("datasets", datasets))
            .add("options", options)
            .build());
  }
}
