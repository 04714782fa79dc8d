package org.tacit.application.scenarios;

import java.io.Serializable;
import java.util.List;
import org.tacit.domain.scenario.ScenarioAssumption;

/**
 * One assumption of a scenario: its plain value beside its default, and its source. {@code name}
 * and {@code source} are in English for the API; pages and the board PDF word them in the reader's
 * language through {@link #assumption()}.
 *
 * @param field the assumption's field, as {@link ScenarioAssumption#field()}
 * @param sourceFacts what fills the source's sentence
 */
public record AssumptionValue(
    String field,
    String name,
    Object value,
    Object defaultValue,
    String source,
    List<Object> sourceFacts,
    boolean atDefault)
    implements Serializable {

  public AssumptionValue {
    sourceFacts = List.copyOf(sourceFacts);
  }

  /** Which assumption this is. */
  public ScenarioAssumption assumption() {
    return ScenarioAssumption.byField(field);
  }
}
