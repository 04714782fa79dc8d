package org.tacit.web;

import java.util.EnumMap;
import java.util.Map;
import org.tacit.application.scenarios.ScenarioEdit;
import org.tacit.domain.scenario.ScenarioAssumption;

/** Scenario edits for tests, written as a row of values in the order of the descriptor. */
public final class ScenarioEdits {

  private ScenarioEdits() {}

  /** An edit of the twelve values in the order of {@link ScenarioAssumption}. */
  public static ScenarioEdit edit(long rowVersion, String name, Object... values) {
    Map<ScenarioAssumption, Object> byAssumption = new EnumMap<>(ScenarioAssumption.class);
    for (ScenarioAssumption a : ScenarioAssumption.values()) {
      Object value = values[a.ordinal()];
      byAssumption.put(
          a, a.entry().isDecimal() && value != null ? ((Number) value).doubleValue() : value);
    }
    return new ScenarioEdit(rowVersion, name, byAssumption);
  }
}
