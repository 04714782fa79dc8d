package org.tacit.application.scenarios.internal;

import java.time.Year;
import org.tacit.application.scenarios.ScenarioEdit;
import org.tacit.domain.scenario.HorizonTrend;
import org.tacit.domain.scenario.Scenario;
import org.tacit.domain.scenario.ScenarioAssumption;
import org.tacit.domain.scenario.Scenarios;

/**
 * Between the values a person edits and the domain's scenario. The scenario checks them, so a value
 * that does not fit comes back as its {@code IllegalArgumentException} with the reason to show.
 */
public final class ScenarioEdits {

  private ScenarioEdits() {}

  /** The values as a scenario, each beside its default and source. */
  static Scenario scenario(ScenarioEdit edit, HorizonTrend trend) {
    Object first = edit.value(ScenarioAssumption.FIRST_YEAR);
    // The defaults of the years depend on the first year; a missing one is refused below.
    int firstYear = first instanceof Number year ? year.intValue() : Year.now().getValue();
    Scenario base = Scenarios.base(firstYear, trend);
    return ScenarioAssumption.scenario(edit.name(), base, edit.values());
  }

  /** The values of {@code scenario}, as stored at {@code rowVersion}. */
  public static ScenarioEdit values(Scenario scenario, long rowVersion) {
    return new ScenarioEdit(rowVersion, scenario.name(), ScenarioAssumption.values(scenario));
  }
}
