package org.tacit.application.scenarios;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;

/**
 * A saved scenario with every assumption, its default and source, and its values as an editor
 * starts from them ({@code values}, which quotes the row version for a later save).
 */
public record ScenarioSummary(
    long id,
    long rowVersion,
    String name,
    List<AssumptionValue> assumptions,
    String changedBy,
    Instant changedAt,
    ScenarioEdit values)
    implements Serializable {

  public ScenarioSummary {
    assumptions = List.copyOf(assumptions);
  }
}
