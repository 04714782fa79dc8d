package org.tacit.web.output;

import jakarta.json.JsonObjectBuilder;
import java.util.Locale;

/**
 * What every chart of the pages shares: it fills its box, draws at once, and writes the numbers of
 * its ticks and tooltips as the reader's locale does (Chart.js's {@code locale}: "12,5" in German).
 * Its words come from the bundle through the chart model; none is written in {@code tacit.js}.
 */
public final class ChartOptions {

  private ChartOptions() {}

  /** The options every chart starts from, in {@code locale}. */
  public static JsonObjectBuilder in(Locale locale) {
    return JsonBuilders.object()
        .add("responsive", true)
        .add("maintainAspectRatio", false)
        .add("animation", false)
        .add("locale", locale.toLanguageTag());
  }

  /** An axis title that shows. */
  public static JsonObjectBuilder title(String text) {
    return JsonBuilders.object().add("display", true).add("text", text);
  }

  /** The legend under the chart, where a long series name has the whole width. */
  public static JsonObjectBuilder legendBelow() {
    return JsonBuilders.object().add("legend", JsonBuilders.object().add("position", "bottom"));
  }
}
