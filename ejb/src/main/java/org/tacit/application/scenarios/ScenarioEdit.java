package org.tacit.application.scenarios;

import java.io.Serializable;
import java.time.YearMonth;

/**
 * The values of a scenario as a person edits them, quoting the row version they saw (ignored when a
 * scenario is created). What each value means is said on {@code
 * org.tacit.domain.scenario.Scenario}; the service checks them all and refuses the edit whole, with
 * the reason, when one does not fit.
 *
 * @param continualLearningYear the year AI starts to learn on the job, or null for never
 */
public record ScenarioEdit(
    long rowVersion,
    String name,
    double horizonHours,
    YearMonth horizonMeasured,
    double doublingMonths,
    double realWorkShare,
    double reliableHorizonShare,
    int halfHorizonUpToErrorCost,
    int reliableHorizonFromErrorCost,
    Integer continualLearningYear,
    double captureOfFragments,
    int adoptionYears,
    int firstYear,
    int lastYear)
    implements Serializable {

  /** The same values under another name. */
  public ScenarioEdit named(String other) {
    return new ScenarioEdit(
        rowVersion,
        other,
        horizonHours,
        horizonMeasured,
        doublingMonths,
        realWorkShare,
        reliableHorizonShare,
        halfHorizonUpToErrorCost,
        reliableHorizonFromErrorCost,
        continualLearningYear,
        captureOfFragments,
        adoptionYears,
        firstYear,
        lastYear);
  }
}
