package org.tacit.domain.scenario;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * How far each assumption moves the organisation's realistic substitution in the scenario's last
 * year when set to its cautious and to its fast value, the others staying as they are; largest
 * swing first. A board asks first how sure the headline is: this says which assumption it rests on.
 *
 * @param scenario the scenario swung
 * @param year the year measured, the scenario's last
 * @param share realistic substitution under the scenario as it is, a share of the hours
 * @param effects one per assumption, largest swing first
 */
public record Sensitivity(Scenario scenario, int year, double share, List<Effect> effects) {

  /**
   * One assumption's effect.
   *
   * @param cautious the headline's share with the assumption at its cautious value
   * @param fast the headline's share with the assumption at its fast value
   */
  public record Effect(
      Swing swing,
      Assumption<?> cautiousValue,
      Assumption<?> fastValue,
      double cautious,
      double fast) {

    /** How far the headline moves between the two values, in shares of the hours. */
    public double spread() {
      return Math.abs(fast - cautious);
    }
  }

  public Sensitivity {
    effects = List.copyOf(effects);
  }

  /** Swings each assumption of {@code scenario} over {@code workforce}. */
  public static Sensitivity of(Scenario scenario, Workforce workforce) {
    int year = scenario.lastYear().value();
    double share = headline(scenario, workforce);
    List<Effect> effects = new ArrayList<>();
    for (Swing swing : Swing.values()) {
      Scenario cautious = swing.cautious(scenario);
      Scenario fast = swing.fast(scenario);
      effects.add(
          new Effect(
              swing,
              swing.assumption(cautious),
              swing.assumption(fast),
              headline(cautious, workforce),
              headline(fast, workforce)));
    }
    effects.sort(Comparator.comparingDouble(Effect::spread).reversed());
    return new Sensitivity(scenario, year, share, effects);
  }

  /**
   * Realistic substitution of the whole workforce in the scenario's last year, a share of the
   * hours.
   */
  static double headline(Scenario scenario, Workforce workforce) {
    int year = scenario.lastYear().value();
    return Figures.combine(
            year, new SubstitutionEngine(scenario).estimateIn(workforce, year).values())
        .realistic()
        .share();
  }
}
