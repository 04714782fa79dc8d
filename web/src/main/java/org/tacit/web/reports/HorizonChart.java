package org.tacit.web.reports;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import java.time.YearMonth;
import java.util.List;
import java.util.function.Function;
import org.tacit.domain.scenario.HorizonPoint;
import org.tacit.domain.scenario.HorizonTrend;
import org.tacit.web.output.ScriptJson;

/**
 * The measured horizons as a Chart.js scatter configuration for {@code p:chart}: the 50 % and 80 %
 * horizons of each model against its release, on a log scale of hours, and the fitted 50 % trend as
 * a straight line over the period it was fitted to. Release months are decimal years (Chart.js
 * needs a date library for a time axis); tick and tooltip texts live in {@code tacit.js} ({@code
 * tacit.horizon}), since functions cannot travel in JSON. Each point carries its model and the
 * texts to show.
 */
public final class HorizonChart {

  private HorizonChart() {}

  public static String of(List<HorizonPoint> points, HorizonTrend trend, HorizonText text) {
    JsonArrayBuilder datasets =
        Json.createArrayBuilder()
            .add(
                points(
                    "50 % horizon",
                    points, HorizonPoint::fiftyPercentHours, "#1d4ed8", "circle", text))
            .add(
                points(
                    "80 % horizon",
                    points, HorizonPoint::eightyPercentHours, "#b45309", "triangle", text))
            .add(
                Json.createObjectBuilder()
                    .add(
                        "label",
                        "Fitted trend (50 %): doubling every "
                            + Math.round(trend.doublingMonths() * 10) / 10.0
                            + " months")
                    .add(
                        "data",
                        Json.createArrayBuilder()
                            .add(
                                point(trend.from(), trend.fiftyPercentHours(trend.from()))
                                    .add("trend", true))
                            .add(
                                point(trend.to(), trend.fiftyPercentHours(trend.to()))
                                    .add("trend", true)))
                    .add("showLine", true)
                    .add("pointRadius", 0)
                    .add("borderColor", "#64748b")
                    .add("borderDash", Json.createArrayBuilder().add(6).add(4))
                    .add("borderWidth", 2));
    JsonObjectBuilder options =
        Json.createObjectBuilder()
            .add("responsive", true)
            .add("maintainAspectRatio", false)
            .add("animation", false)
            .add(
                "scales",
                Json.createObjectBuilder()
                    .add(
                        "x",
                        Json.createObjectBuilder()
                            .add("type", "linear")
                            .add(
                                "title",
                                Json.createObjectBuilder()
                                    .add("display", true)
                                    .add("text", "Model released")))
                    .add(
                        "y",
                        Json.createObjectBuilder()
                            .add("type", "logarithmic")
                            .add(
                                "title",
                                Json.createObjectBuilder()
                                    .add("display", true)
                                    .add(
                                        "text",
                                        "Length of task a skilled person takes (log scale)"))))
            .add(
                "plugins",
                Json.createObjectBuilder()
                    .add("legend", Json.createObjectBuilder().add("position", "bottom")));
    return ScriptJson.of(
        Json.createObjectBuilder()
            .add("type", "scatter")
            .add("data", Json.createObjectBuilder().add("datasets", datasets))
            .add("options", options)
            .build());
  }

  private static JsonObjectBuilder points(
      String label,
      List<HorizonPoint> points,
      Function<HorizonPoint, Double> hours,
      String colour,
      String style,
      HorizonText text) {
    JsonArrayBuilder data = Json.createArrayBuilder();
    for (HorizonPoint point : points) {
      Double value = hours.apply(point);
      if (value != null) {
        data.add(
            point(point.measured(), value)
                .add("model", point.model())
                .add("text", text.month(point.measured()) + ": " + text.hours(value)));
      }
    }
    return Json.createObjectBuilder()
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
    return Json.createObjectBuilder()
        .add("x", month.getYear() + (month.getMonthValue() - 1) / 12.0)
        .add("y", hours);
  }
}
