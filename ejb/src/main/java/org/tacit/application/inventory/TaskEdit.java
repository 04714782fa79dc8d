package org.tacit.application.inventory;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;

/**
 * What an editor changed on one task, against the {@code version} they saw. {@code facts} holds
 * every answer by CSV column (a missing or null value clears it). An answer that differs from the
 * stored one becomes confirmed; an unchanged estimate stays an estimate unless {@code confirmAll}
 * says the editor checked every answer.
 */
public record TaskEdit(
    long taskId,
    long version,
    String statement,
    BigDecimal timeSharePct,
    Map<String, BigDecimal> facts,
    boolean confirmAll) {

  public TaskEdit {
    facts = new HashMap<>(facts); // values may be null: an answer cleared
  }
}
