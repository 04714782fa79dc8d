package org.tacit.application.scenarios.internal;

import org.tacit.application.scenarios.ScenarioEdit;
import org.tacit.domain.scenario.ContinualLearning;
import org.tacit.domain.scenario.HorizonTrend;
import org.tacit.domain.scenario.Scenario;
import org.tacit.domain.scenario.Scenarios;

/**
 * Between the values a person edits and the domain's scenario. The scenario checks them, so a value
 * that does not fit comes back as its {@code IllegalArgumentException} with the reason to show.
 */
public final class ScenarioEdits {

  private ScenarioEdits() {}

  /** The values as a scenario, each beside its default and source. */
  static Scenario scenario(ScenarioEdit values, HorizonTrend trend) {
    if (values.horizonMeasured() == null) {
      throw new IllegalArgumentException("Say in which month the AI task horizon was measured.");
    }
    Scenario base = Scenarios.base(values.firstYear(), trend);
    return base.named(values.name())
        .withHorizon(
            sameAsShown(values.horizonHours(), base.horizonHours().value(), 4),
            values.horizonMeasured())
        .withDoublingMonths(sameAsShown(values.doublingMonths(), base.doublingMonths().value(), 2))
        .withRealWorkShare(values.realWorkShare())
        .withReliability(
            values.reliableHorizonShare(),
            values.halfHorizonUpToErrorCost(),
            values.reliableHorizonFromErrorCost())
        .withContinualLearning(
            values.continualLearningYear() == null
                ? ContinualLearning.never()
                : ContinualLearning.in(values.continualLearningYear()))
        .withCaptureOfFragments(values.captureOfFragments())
        .withAdoptionYears(values.adoptionYears())
        .withYears(values.firstYear(), values.lastYear());
  }

  /**
   * The default itself where a value equals it as the form and the column round it, so that a
   * scenario whose horizon was left as shown keeps following the fitted trend.
   */
  private static double sameAsShown(double value, double defaultValue, int places) {
    return Math.abs(value - defaultValue) < 0.5 * Math.pow(10, -places) ? defaultValue : value;
  }

  /** The values of {@code scenario}, as stored at {@code rowVersion}. */
  public static ScenarioEdit values(Scenario scenario, long rowVersion) {
    ContinualLearning learning = scenario.continualLearning().value();
    return new ScenarioEdit(
        rowVersion,
        scenario.name(),
        scenario.horizonHours().value(),
        scenario.horizonMeasured().value(),
        scenario.doublingMonths().value(),
        scenario.realWorkShare().value(),
        scenario.reliableHorizonShare().value(),
        scenario.halfHorizonUpToErrorCost().value(),
        scenario.reliableHorizonFromErrorCost().value(),
        learning.year().isPresent() ? learning.year().getAsInt() : null,
        scenario.captureOfFragments().value(),
        scenario.adoptionYears().value(),
        scenario.firstYear().value(),
        scenario.lastYear().value());
  }
}
