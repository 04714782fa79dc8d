package org.tacit.web.reports;

import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import org.tacit.application.scenarios.YearFigures;
import org.tacit.application.scenarios.YearFigures.Share;
import org.tacit.look.Palette;
import org.tacit.look.Shares;
import org.tacit.text.Words;
import org.tacit.web.output.ChartOptions;
import org.tacit.web.output.JsonBuilders;
import org.tacit.web.output.ScriptJson;

/**
 * Shares of the organisation's hours by year as a Chart.js line configuration for {@code p:chart}:
 * realistic substitution under every scenario, and beside it naive exposure and technically
 * substitutable under the chosen one, so the gap between exposure and reality is the picture. A
 * scenario has the colour the board PDF gives it ({@link Palette}). Each point carries its tooltip
 * ({@code texts}, shown by {@code tacit.texts}) with the share rounded as the board PDF rounds it.
 */
public final class TrendChart {

  private TrendChart() {}

  public static String of(
      List<Integer> years,
      Map<String, List<YearFigures>> realisticByScenario,
      String chosen,
      List<YearFigures> chosenFigures,
      Locale locale) {
    Words words = Words.in(locale);
    JsonArrayBuilder datasets = JsonBuilders.array();
    datasets.add(
        line(
            words.text("chart.trend.naive", chosen),
            chosenFigures,
            YearFigures::naiveExposure,
            Palette.Figure.NAIVE.colour(),
            true,
            words));
    datasets.add(
        line(
            words.text("chart.trend.technical", chosen),
            chosenFigures,
            YearFigures::technicallySubstitutable,
            Palette.Figure.TECHNICAL.colour(),
            true,
            words));
    int i = 0;
    for (Map.Entry<String, List<YearFigures>> scenario : realisticByScenario.entrySet()) {
      datasets.add(
          line(
              words.text("chart.trend.realistic", scenario.getKey()),
              scenario.getValue(),
              YearFigures::realisticSubstitution,
              Palette.scenario(i++),
              false,
              words));
    }
    JsonArrayBuilder labels = JsonBuilders.array();
    years.forEach(year -> labels.add(String.valueOf(year)));
    JsonObjectBuilder options =
        ChartOptions.in(locale)
            .add(
                "scales",
                JsonBuilders.object()
                    .add(
                        "y",
                        JsonBuilders.object()
                            .add("min", 0)
                            .add("max", 100)
                            .add("title", ChartOptions.title(words.text("chart.trend.axis")))))
            .add("plugins", ChartOptions.legendBelow());
    return ScriptJson.of(
        JsonBuilders.object()
            .add("type", "line")
            .add("data", JsonBuilders.object().add("labels", labels).add("datasets", datasets))
            .add("options", options)
            .build());
  }

  private static JsonObjectBuilder line(
      String label,
      List<YearFigures> figures,
      Function<YearFigures, Share> which,
      String colour,
      boolean dashed,
      Words words) {
    JsonArrayBuilder points = JsonBuilders.array();
    JsonArrayBuilder texts = JsonBuilders.array();
    for (YearFigures year : figures) {
      Double share = which.apply(year).share();
      if (share == null) {
        points.addNull();
      } else {
        points.add(Math.round(share * 1000) / 10.0);
      }
      texts.add(words.text("chart.point", label, Shares.of(share, words.locale())));
    }
    JsonObjectBuilder line =
        JsonBuilders.object()
            .add("label", label)
            .add("data", points)
            .add("texts", texts)
            .add("borderColor", colour)
            .add("backgroundColor", colour)
            .add("tension", 0.2)
            .add("pointRadius", 3);
    if (dashed) {
      line.add("borderDash", JsonBuilders.array().add(6).add(4));
    }
    return line;
  }
}
