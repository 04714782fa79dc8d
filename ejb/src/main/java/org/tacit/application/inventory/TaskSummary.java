package org.tacit.application.inventory;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A task as the role page and the API show it; {@code timeShareEstimated} when Tacit derived the
 * share because HR gave none. {@code facts} holds every known answer by its CSV column name, in
 * rubric order; an unknown answer is absent. {@code version} goes back with an edit so that a
 * change made meanwhile by someone else is detected, not overwritten.
 */
public record TaskSummary(
    long id,
    long version,
    String statement,
    BigDecimal timeSharePct,
    boolean timeShareEstimated,
    Map<String, FactAnswer> facts)
    implements Serializable {

  public TaskSummary {
    facts = Collections.unmodifiableMap(new LinkedHashMap<>(facts));
  }

  /**
   * One answer and whether it is an estimate (from O*NET or derived) still waiting for a person.
   */
  public record FactAnswer(BigDecimal value, boolean estimated) implements Serializable {}
}
