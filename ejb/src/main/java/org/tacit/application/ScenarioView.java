package org.tacit.application;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;

/** A saved scenario with every assumption, its default and source. */
public record ScenarioView(long id, long rowVersion, String name, List<AssumptionView> assumptions, String changedBy,
    Instant changedAt) implements Serializable {

  public ScenarioView {
    assumptions = List.copyOf(assumptions);
  }
}
