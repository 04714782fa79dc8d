package org.tacit.application.scenarios;

import jakarta.json.bind.adapter.JsonbAdapter;
import java.util.LinkedHashMap;
import java.util.Map;
import org.tacit.domain.scenario.ScenarioAssumption;

/**
 * A scenario's values as the API writes them: {@code rowVersion}, {@code name} and one field per
 * {@link ScenarioAssumption} (a month as "2025-03", never as null), the same fields a client sends
 * back.
 */
public final class ScenarioEditJson implements JsonbAdapter<ScenarioEdit, Map<String, Object>> {

  @Override
  public Map<String, Object> adaptToJson(ScenarioEdit edit) {
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("rowVersion", edit.rowVersion());
    json.put("name", edit.name());
    for (ScenarioAssumption a : ScenarioAssumption.values()) {
      Object value = edit.value(a);
      json.put(a.field(), a.entry().isMonth() && value != null ? value.toString() : value);
    }
    return json;
  }

  @Override
  public ScenarioEdit adaptFromJson(Map<String, Object> json) {
    throw new UnsupportedOperationException("A scenario's values are read by the API's body.");
  }
}
