package org.tacit.application.economy;

import org.tacit.domain.model.assessment.RuleSetVersion;
import org.tacit.domain.scenario.HorizonTrend;
import org.tacit.domain.scenario.SavedScenario;

/**
 * The US economy as one organisation, built once for a library release and rule set and kept:
 * reports show it beside the organisation's figures.
 */
public interface UsEconomy {

  /** The economy under {@code saved}, its horizon following {@code trend}. */
  EconomyBenchmark benchmark(RuleSetVersion ruleSet, SavedScenario saved, HorizonTrend trend);

  /**
   * Builds the economy for {@code ruleSet} now, unless it is built already, so the first report
   * need not wait.
   */
  void build(RuleSetVersion ruleSet);
}
