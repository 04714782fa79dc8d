package org.tacit.domain.model.inventory.imports;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import org.tacit.domain.model.inventory.TaskFact;

/**
 * A task as a valid file describes it. Facts left blank are absent, not zero: they are unknown, and
 * may later be estimated from O*NET.
 *
 * @param timeSharePct share of the role's working time, or null when the role gives none
 */
public record TaskDraft(
    String statement, BigDecimal timeSharePct, Map<TaskFact, BigDecimal> facts) {

  public TaskDraft {
    EnumMap<TaskFact, BigDecimal> known = new EnumMap<>(TaskFact.class);
    known.putAll(facts);
    facts = Collections.unmodifiableMap(known);
  }

  public Optional<BigDecimal> fact(TaskFact fact) {
    return Optional.ofNullable(facts.get(fact));
  }
}
