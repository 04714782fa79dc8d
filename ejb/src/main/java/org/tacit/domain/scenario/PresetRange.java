package org.tacit.domain.scenario;

import java.util.Collection;
import java.util.List;

/**
 * The range each headline figure takes across the preset scenarios, in their last year: how sure
 * the headline is, beside it. Shares of the hours of the roles counted; NaN where they have none.
 *
 * @param year the presets' last year
 */
public record PresetRange(int year, Range technical, Range realistic) {

  /**
   * One figure's range.
   *
   * @param low the lowest share, under {@code lowScenario}
   * @param high the highest share, under {@code highScenario}
   */
  public record Range(double low, String lowScenario, double high, String highScenario) {}

  /** The range across {@code presets} (sharing their years) of the figures of {@code roleIds}. */
  public static PresetRange across(
      List<Scenario> presets, Workforce workforce, Collection<Long> roleIds) {
    if (presets.isEmpty()) {
      throw new IllegalArgumentException("A range needs at least one scenario.");
    }
    int year = presets.get(0).lastYear().value();
    Range technical = null;
    Range realistic = null;
    for (Scenario preset : presets) {
      Figures figures =
          new SubstitutionEngine(preset).estimate(workforce).combinedIn(roleIds, year);
      technical = widened(technical, figures.technical().share(), preset.name());
      realistic = widened(realistic, figures.realistic().share(), preset.name());
    }
    return new PresetRange(year, technical, realistic);
  }

  private static Range widened(Range range, double share, String scenario) {
    if (range == null) {
      return new Range(share, scenario, share, scenario);
    }
    boolean lower = share < range.low();
    boolean higher = share > range.high();
    return new Range(
        lower ? share : range.low(),
        lower ? scenario : range.lowScenario(),
        higher ? share : range.high(),
        higher ? scenario : range.highScenario());
  }
}
