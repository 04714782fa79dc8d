package org.tacit.web.reports;

import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import java.time.YearMonth;
import java.util.List;
import java.util.function.Function;
import org.tacit.domain.scenario.HorizonPoint;
import org.tacit.domain.scenario.HorizonTrend;
import org.tacit.text.Words;
import org.tacit.web.output.ChartOptions;
import org.tacit.web.output.JsonBuilders;
import org.tacit.web.output.ScriptJson;

/**
 * The measured horizons as a Chart.js scatter configuration for {@code p:chart}: the 50 % and 80 %
 * horizons of each model against its release, on a log scale of hours, and the fitted 50 % trend as
 * a straight line over the period it was fitted to. Release months are decimal years (Chart.js
 * needs a date library for a time axis). Functions cannot travel in JSON, so {@code tacit.horizon}
 * in {@code tacit.js} places the ticks and tooltips, but every word and length it shows comes from
 * here, in the reader's language: each point carries its model and its tooltip, and {@code
 * plugins.lengths} the lengths a person reads on the axis (1 s, 1 min, 1 h, 1 day of 8 h …).
 */
public final class HorizonChart {

  /** The lengths the axis marks, in hours, where they fall within its range. */
  private static final double[] LENGTHS = {
    1 / 3600.0, 10 / 3600.0, 1 / 60.0, 10 / 60.0, 1, 8, 40, 160, 1000
  };

  private HorizonChart() {}

  public static String of(List<HorizonPoint> points, HorizonTrend trend, HorizonText text) {
    Words words = Words.in(text.locale());
    JsonArrayBuilder datasets =
        JsonBuilders.array()
            .add(
                points(
                    words.text("chart.horizon.fifty"),
                    points,
                    HorizonPoint::fiftyPercentHours,
                    "#1d4ed8",
                    "circle",
                    text,
                    words))
            .add(
                points(
                    words.text("chart.horizon.eighty"),
                    points,
                    HorizonPoint::eightyPercentHours,
                    "#b45309",
                    "triangle",
                    text,
                    words))
            .add(
                JsonBuilders.object()
                    .add(
                        "label",
                        words.text(
                            "chart.horizon.trend", Math.round(trend.doublingMonths() * 10) / 10.0))
                    .add(
                        "data",
                        JsonBuilders.array()
                            .add(
                                point(trend.from(), trend.fiftyPercentHours(trend.from()))
                                    .add("trend", true))
                            .add(
                                point(trend.to(), trend.fiftyPercentHours(trend.to()))
                                    .add("trend", true)))
                    .add("showLine", true)
                    .add("pointRadius", 0)
                    .add("borderColor", "#64748b")
                    .add("borderDash", JsonBuilders.array().add(6).add(4))
                    .add("borderWidth", 2));
    JsonArrayBuilder lengths = JsonBuilders.array();
    for (double hours : LENGTHS) {
      lengths.add(JsonBuilders.object().add("value", hours).add("text", text.tick(hours)));
    }
    JsonObjectBuilder options =
        ChartOptions.in(text.locale())
            .add(
                "scales",
                JsonBuilders.object()
                    .add(
                        "x",
                        JsonBuilders.object()
                            .add("type", "linear")
                            .add("title", ChartOptions.title(words.text("chart.horizon.released"))))
                    .add(
                        "y",
                        JsonBuilders.object()
                            .add("type", "logarithmic")
                            .add("title", ChartOptions.title(words.text("chart.horizon.length")))))
            .add("plugins", ChartOptions.legendBelow().add("lengths", lengths));
    return ScriptJson.of(
        JsonBuilders.object()
            .add("type", "scatter")
            .add("data", JsonBuilders.object().add("datasets", datasets))
            .add("options", options)
            .build());
  }

  private static JsonObjectBuilder points(
      String label,
      List<HorizonPoint> points,
      Function<HorizonPoint, Double> hours,
      String colour,
      String style,
      HorizonText text,
      Words words) {
    JsonArrayBuilder data = JsonBuilders.array();
    for (HorizonPoint point : points) {
      Double value = hours.apply(point);
      if (value != null) {
        data.add(
            point(point.measured(), value)
                .add("model", point.model())
                .add(
                    "text",
                    words.text(
                        "chart.horizon.point",
                        label,
                        text.month(point.measured()),
                        text.hours(value))));
      }
    }
    return JsonBuilders.object()
        .add("label", label)
        .add("data", data)
        .add("pointStyle", style)
        .add("backgroundColor", colour + "b3")
        .add("borderColor", colour)
        .add("pointRadius", 5)
        .add("pointHoverRadius", 7)
        .add("clip", false); // the longest and shortest are drawn whole, over the axis
  }

  private static JsonObjectBuilder point(YearMonth month, double hours) {
    return JsonBuilders.object()
        .add("x", month.getYear() + (month.getMonthValue() - 1) / 12.0)
        .add("y", hours);
  }
}
