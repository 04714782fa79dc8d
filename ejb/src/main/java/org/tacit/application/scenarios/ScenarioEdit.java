package org.tacit.application.scenarios;

import jakarta.json.bind.annotation.JsonbTypeAdapter;
import java.io.Serializable;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import org.tacit.domain.scenario.ScenarioAssumption;

/**
 * The values of a scenario as a person edits them, quoting the row version they saw (ignored when a
 * scenario is created): one plain value per {@link ScenarioAssumption}, as that descriptor says it
 * is entered (a year or null for continual learning's never). The service checks them all and
 * refuses the edit whole, with the reason, when one does not fit.
 */
@JsonbTypeAdapter(ScenarioEditJson.class)
public record ScenarioEdit(long rowVersion, String name, Map<ScenarioAssumption, Object> values)
    implements Serializable {

  public ScenarioEdit {
    EnumMap<ScenarioAssumption, Object> copy = new EnumMap<>(ScenarioAssumption.class);
    copy.putAll(values);
    values = Collections.unmodifiableMap(copy);
  }

  /** The plain value of {@code assumption}; null only for continual learning's never. */
  public Object value(ScenarioAssumption assumption) {
    return values.get(assumption);
  }

  /** The same values under another name. */
  public ScenarioEdit named(String other) {
    return new ScenarioEdit(rowVersion, other, values);
  }

  /** The same values but {@code assumption}'s, which is {@code value}. */
  public ScenarioEdit with(ScenarioAssumption assumption, Object value) {
    Map<ScenarioAssumption, Object> changed = new EnumMap<>(ScenarioAssumption.class);
    changed.putAll(values);
    changed.put(assumption, value);
    return new ScenarioEdit(rowVersion, name, changed);
  }

  /** The same values quoting {@code version}. */
  public ScenarioEdit quoting(long version) {
    return new ScenarioEdit(version, name, values);
  }
}
