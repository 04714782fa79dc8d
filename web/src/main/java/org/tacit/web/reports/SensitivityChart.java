package org.tacit.web.reports;

import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import java.util.Locale;
import org.tacit.application.reports.SubstitutionReport.Sensitivity;
import org.tacit.application.reports.SubstitutionReport.Swing;
import org.tacit.look.Palette;
import org.tacit.look.Shares;
import org.tacit.web.output.ChartOptions;
import org.tacit.web.output.JsonBuilders;
import org.tacit.web.output.ScriptJson;

/**
 * The sensitivity of the headline as a Chart.js tornado for {@code p:chart}: one row per
 * assumption, largest swing first, labelled with its cautious and fast values; a bar from the
 * headline (realistic substitution in the last year) to what it becomes at the cautious value, and
 * one to what it becomes at the fast value. Shares in percent of the working hours; each bar
 * carries its tooltip ({@code texts}, shown by {@code tacit.texts}) with the share as the table
 * beside the chart writes it.
 */
public final class SensitivityChart {

  private SensitivityChart() {}

  public static String of(Sensitivity sensitivity, Locale locale) {
    CertaintyWords words = new CertaintyWords();
    String cautiousLabel = ReportWords.text(locale, "swing.cautious");
    String fastLabel = ReportWords.text(locale, "swing.fast");
    double headline = percent(sensitivity.share());
    JsonArrayBuilder labels = JsonBuilders.array();
    JsonArrayBuilder cautious = JsonBuilders.array();
    JsonArrayBuilder fast = JsonBuilders.array();
    JsonArrayBuilder cautiousTexts = JsonBuilders.array();
    JsonArrayBuilder fastTexts = JsonBuilders.array();
    for (Swing swing : sensitivity.swings()) {
      labels.add(words.swing(swing, locale));
      cautious.add(JsonBuilders.array().add(headline).add(percent(swing.cautious())));
      fast.add(JsonBuilders.array().add(headline).add(percent(swing.fast())));
      cautiousTexts.add(tooltip(cautiousLabel, swing.cautious(), locale));
      fastTexts.add(tooltip(fastLabel, swing.fast(), locale));
    }
    JsonObjectBuilder options =
        ChartOptions.in(locale)
            .add("indexAxis", "y")
            .add(
                "scales",
                JsonBuilders.object()
                    .add(
                        "x",
                        JsonBuilders.object()
                            .add("min", 0)
                            .add(
                                "title",
                                ChartOptions.title(
                                    ReportWords.text(
                                        locale,
                                        "chart.sensitivity.axis",
                                        String.valueOf(sensitivity.year())))))
                    .add("y", JsonBuilders.object().add("stacked", true)))
            .add("plugins", ChartOptions.legendBelow());
    return ScriptJson.of(
        JsonBuilders.object()
            .add("type", "bar")
            .add(
                "data",
                JsonBuilders.object()
                    .add("labels", labels)
                    .add(
                        "datasets",
                        JsonBuilders.array()
                            .add(bars(cautiousLabel, cautious, cautiousTexts, Palette.CAUTIOUS))
                            .add(bars(fastLabel, fast, fastTexts, Palette.FAST))))
            .add("options", options)
            .build());
  }

  private static JsonObjectBuilder bars(
      String label, JsonArrayBuilder data, JsonArrayBuilder texts, String colour) {
    return JsonBuilders.object()
        .add("label", label)
        .add("data", data)
        .add("texts", texts)
        .add("backgroundColor", colour)
        .add("borderColor", colour)
        .add("borderSkipped", false)
        .add("barPercentage", 0.9)
        .add("categoryPercentage", 0.9);
  }

  /** "At its cautious value: 35.2 %", as the table beside the chart writes the share. */
  private static String tooltip(String label, Double share, Locale locale) {
    return ReportWords.text(locale, "chart.point", label, Shares.precise(share, locale));
  }

  /** A share as a percentage with one decimal; a missing share (no hours) as 0. */
  private static double percent(Double share) {
    return share == null ? 0 : Math.round(share * 1000) / 10.0;
  }
}
