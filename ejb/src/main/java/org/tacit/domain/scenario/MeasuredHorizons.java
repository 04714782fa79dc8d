package org.tacit.domain.scenario;

import java.time.YearMonth;
import java.util.List;

/**
 * The measured AI task horizons Tacit ships: METR's Time Horizon 1.1 series, the models that were
 * state of the art on METR's suite when measured, each dated by its release as METR date them.
 *
 * <p>One series only: METR re-measured every older model on the 1.1 suite (January 2026), and the
 * 1.0 figures (March 2025 paper, arXiv 2503.14499) come from a different task suite, so mixing the
 * two would bend the trend. Figures in minutes in METR's results file, here in hours. METR note
 * that measurements above 16 hours are unreliable on this suite, which concerns the latest point.
 * An administrator adds later measurements in the portal; see {@code docs/method.md}, "The AI
 * horizon as measured".
 */
public final class MeasuredHorizons {

  /** Where the figures come from, with the date METR last updated them. */
  public static final String TIME_HORIZON_1_1 =
      "METR, Time Horizon 1.1 results, updated 2026-05-08, https://metr.org/time-horizons/";

  private MeasuredHorizons() {}

  /** The points Tacit ships, oldest first; within a month, by model. */
  public static List<HorizonPoint> published() {
    return List.of(
        minutes("2019-02", "GPT-2", 0.053778, 0.0128),
        minutes("2020-05", "davinci-002 (GPT-3)", 0.144057, 0.056238),
        minutes("2022-03", "gpt-3.5-turbo-instruct", 0.599247, 0.25538),
        minutes("2023-03", "GPT-4 0314", 3.987428, 0.889561),
        minutes("2023-11", "GPT-4 1106", 4.044959, 0.783032),
        minutes("2024-05", "GPT-4o", 6.991195, 1.267009),
        minutes("2024-06", "Claude 3.5 Sonnet (June 2024)", 11.395377, 1.671757),
        minutes("2024-09", "o1-preview", 20.326586, 4.420545),
        minutes("2024-10", "Claude 3.5 Sonnet (October 2024)", 20.522872, 2.595677),
        minutes("2024-12", "o1", 38.831588, 7.090121),
        minutes("2025-02", "Claude 3.7 Sonnet", 60.388937, 12.09179),
        minutes("2025-04", "o3", 119.732634, 29.981603),
        minutes("2025-08", "GPT-5", 203.012577, 38.312431),
        minutes("2025-11", "Claude Opus 4.5", 292.994594, 49.430584),
        minutes("2025-11", "Gemini 3 Pro", 224.325884, 54.142849),
        minutes("2025-12", "GPT-5.2", 352.249302, 66.002649),
        minutes("2026-02", "Claude Opus 4.6", 718.80683, 69.874587),
        minutes("2026-04", "Claude Mythos Preview (early)", 1044.780145, 185.911829));
  }

  private static HorizonPoint minutes(String released, String model, double fifty, double eighty) {
    return new HorizonPoint(
        YearMonth.parse(released), model, fifty / 60, eighty / 60, TIME_HORIZON_1_1, false);
  }
}
