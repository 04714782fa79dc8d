package org.tacit.domain.scoring;

import java.math.BigDecimal;
import org.tacit.domain.model.inventory.Provenance;
import org.tacit.domain.model.inventory.TaskFact;
import org.tacit.domain.model.inventory.TaskFacts;

/**
 * Task facts written the way a test table reads: {@code "tacit_context=5; novelty=3~"}, where
 * {@code ~} marks an estimate, an empty value clears an answer, and {@code all=3} (or {@code
 * all=3~}) answers every fact, levels with 3 and {@code task_length_hours} with 1 hour.
 */
final class Answers {

  private Answers() {}

  static TaskFacts of(String answers) {
    TaskFacts facts = TaskFacts.none();
    if (answers == null) {
      return facts;
    }
    for (String answer : answers.split(";")) {
      if (answer.isBlank()) {
        continue;
      }
      String[] parts = answer.split("=", 2);
      String column = parts[0].trim();
      String value = parts[1].trim();
      Provenance provenance = value.endsWith("~") ? Provenance.ESTIMATED : Provenance.CONFIRMED;
      value = value.replace("~", "");
      if (column.equals("all")) {
        for (TaskFact fact : TaskFact.values()) {
          facts = facts.with(fact, new BigDecimal(fact.isLevel() ? value : "1"), provenance);
        }
      } else {
        TaskFact fact =
            TaskFact.ofColumn(column).orElseThrow(() -> new IllegalArgumentException(column));
        facts = facts.with(fact, value.isEmpty() ? null : new BigDecimal(value), provenance);
      }
    }
    return facts;
  }
}
