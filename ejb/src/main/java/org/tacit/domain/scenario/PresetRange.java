package org.tacit.domain.scenario;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

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
    return across(presets, workforce, Map.of(0, roleIds)).get(0);
  }

  /**
   * The range across {@code presets} (sharing their years) of the figures of each group of roles:
   * each preset is estimated once, in the presets' last year only, for all the groups.
   */
  public static <K> Map<K, PresetRange> across(
      List<Scenario> presets, Workforce workforce, Map<K, ? extends Collection<Long>> groups) {
    if (presets.isEmpty()) {
      throw new IllegalArgumentException("A range needs at least one scenario.");
    }
    int year = presets.get(0).lastYear().value();
    Map<K, Range> technical = new LinkedHashMap<>();
    Map<K, Range> realistic = new LinkedHashMap<>();
    for (Scenario preset : presets) {
      Map<Long, Figures> byRole = new SubstitutionEngine(preset).estimateIn(workforce, year);
      groups.forEach(
          (group, roleIds) -> {
            Figures figures = Figures.combine(year, roleIds.stream().map(byRole::get).toList());
            technical.merge(
                group, only(figures.technical().share(), preset.name()), PresetRange::widened);
            realistic.merge(
                group, only(figures.realistic().share(), preset.name()), PresetRange::widened);
          });
    }
    Map<K, PresetRange> ranges = new LinkedHashMap<>();
    groups
        .keySet()
        .forEach(
            group ->
                ranges.put(
                    group, new PresetRange(year, technical.get(group), realistic.get(group))));
    return ranges;
  }

  private static Range only(double share, String scenario) {
    return new Range(share, scenario, share, scenario);
  }

  /** The range that holds both, each end named by its scenario; {@code range} wins a tie. */
  private static Range widened(Range range, Range next) {
    boolean lower = next.low() < range.low();
    boolean higher = next.high() > range.high();
    return new Range(
        lower ? next.low() : range.low(),
        lower ? next.lowScenario() : range.lowScenario(),
        higher ? next.high() : range.high(),
        higher ? next.highScenario() : range.highScenario());
  }
}
