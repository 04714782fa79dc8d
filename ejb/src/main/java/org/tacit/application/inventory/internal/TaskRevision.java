package org.tacit.application.inventory.internal;

import java.math.BigDecimal;
import java.util.Map;
import org.tacit.domain.model.inventory.Provenance;
import org.tacit.domain.model.inventory.SpreadsheetNumber;
import org.tacit.domain.model.inventory.Task;
import org.tacit.domain.model.inventory.TaskFact;
import org.tacit.domain.model.inventory.TaskFacts;

/**
 * How an editor's answers meet the stored ones. A changed answer is the editor's own and becomes
 * confirmed; an answer left as it was keeps its provenance, so an O*NET estimate does not pass for
 * a person's judgement just because the row was saved, unless the editor says they checked all.
 */
final class TaskRevision {

  private TaskRevision() {}

  static TaskFacts facts(TaskFacts stored, Map<String, BigDecimal> edited, boolean confirmAll) {
    edited
        .keySet()
        .forEach(TaskSummaries::fact); // an unknown column is a mistake, not something to ignore
    TaskFacts revised = stored;
    for (TaskFact fact : TaskFact.values()) {
      BigDecimal before = stored.value(fact).orElse(null);
      BigDecimal after = edited.get(fact.column());
      boolean same = SpreadsheetNumber.same(before, after);
      Provenance provenance =
          same && !confirmAll
              ? stored.provenance(fact).orElse(Provenance.CONFIRMED)
              : Provenance.CONFIRMED;
      revised = revised.with(fact, after, provenance);
    }
    return revised;
  }

  /**
   * The same rule for the time share: a changed share is the editor's; an unchanged estimate stays
   * one.
   */
  static void share(Task task, BigDecimal edited, boolean confirmAll) {
    BigDecimal stored = task.timeSharePct().orElse(null);
    boolean same = SpreadsheetNumber.same(stored, edited);
    if (same
        && !confirmAll
        && task.timeShareProvenance().filter(p -> p == Provenance.ESTIMATED).isPresent()) {
      return;
    }
    task.share(edited);
  }
}
