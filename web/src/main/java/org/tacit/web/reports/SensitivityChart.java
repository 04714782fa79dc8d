package org.tacit.web.reports;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import java.util.Locale;
import org.tacit.application.reports.SubstitutionReport.Sensitivity;
import org.tacit.application.reports.SubstitutionReport.Swing;
import org.tacit.look.Palette;
import org.tacit.web.output.ScriptJson;

/**
 * The sensitivity of the headline as a Chart.js tornado for {@code p:chart}: one row per
 * assumption, largest swing first, labelled with its cautious and fast values; a bar from the
 * headline (realistic substitution in the last year) to what it becomes at the cautious value, and
 * one to what it becomes at the fast value. Shares in percent of the working hours.
 */
public final class SensitivityChart {

  private SensitivityChart() {}

  public static String of(Sensitivity sensitivity, Locale locale) {
    CertaintyWords words = new CertaintyWords();
    double headline = percent(sensitivity.share());
    JsonArrayBuilder labels = Json.createArrayBuilder();
    JsonArrayBuilder cautious = Json.createArrayBuilder();
    JsonArrayBuilder fast = Json.createArrayBuilder();
    for (Swing swing : sensitivity.swings()) {
      labels.add(words.swing(swing, locale));
      cautious.add(Json.createArrayBuilder().add(headline).add(percent(swing.cautious())));
      fast.add(Json.createArrayBuilder().add(headline).add(percent(swing.fast())));
    }
    JsonObjectBuilder options =
        Json.createObjectBuilder()
            .add("indexAxis", "y")
            .add("responsive", true)
            .add("maintainAspectRatio", false)
            .add("animation", false)
            .add(
                "scales",
                Json.createObjectBuilder()
                    .add(
                        "x",
                        Json.createObjectBuilder()
                            .add("min", 0)
                            .add(
                                "title",
                                Json.createObjectBuilder()
                                    .add("display", true)
                                    .add(
                                        "text",
                                        "Realistic substitution in "
                                            + sensitivity.year()
                                            + ", % of working hours")))
                    .add("y", Json.createObjectBuilder().add("stacked", true)))
            .add(
                "plugins",
                Json.createObjectBuilder()
                    .add("legend", Json.createObjectBuilder().add("position", "bottom")));
    return ScriptJson.of(
        Json.createObjectBuilder()
            .add("type", "bar")
            .add(
                "data",
                Json.createObjectBuilder()
                    .add("labels", labels)
                    .add(
                        "datasets",
                        Json.createArrayBuilder()
                            .add(
                                bars(
                                    ReportWords.text(locale, "swing.cautious"),
                                    cautious,
                                    Palette.CAUTIOUS))
                            .add(bars(ReportWords.text(locale, "swing.fast"), fast, Palette.FAST))))
            .add("options", options)
            .build());
  }

  private static JsonObjectBuilder bars(String label, JsonArrayBuilder data, String colour) {
    return Json.createObjectBuilder()
        .add("label", label)
        .add("data", data)
        .add("backgroundColor", colour)
        .add("borderColor", colour)
        .add("borderSkipped", false)
        .add("barPercentage", 0.9)
        .add("categoryPercentage", 0.9);
  }

  /** A share as a percentage with one decimal; a missing share (no hours) as 0. */
  private static double percent(Double share) {
    return share == null ? 0 : Math.round(share * 1000) / 10.0;
  }
}
