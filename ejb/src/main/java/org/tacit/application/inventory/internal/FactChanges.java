package org.tacit.application.inventory.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.tacit.application.inventory.ImportPreview.FactChange;
import org.tacit.domain.model.inventory.Provenance;
import org.tacit.domain.model.inventory.Role;
import org.tacit.domain.model.inventory.SpreadsheetNumber;
import org.tacit.domain.model.inventory.Task;
import org.tacit.domain.model.inventory.TaskFact;
import org.tacit.domain.model.inventory.TaskFacts;
import org.tacit.domain.model.inventory.imports.InventoryColumn;
import org.tacit.domain.model.inventory.imports.RoleDraft;

/**
 * What the file says against what is stored, fact by fact and named by the file's columns. The
 * importer changes a role or task exactly when this finds a difference, so the preview lists every
 * change the import makes and no other.
 */
final class FactChanges {

  private final List<FactChange> found = new ArrayList<>();

  private FactChanges() {}

  /** The role's title, headcount, cost and O*NET code, where the file differs from the role. */
  static List<FactChange> of(Role role, RoleDraft draft) {
    FactChanges changes = new FactChanges();
    changes.text(InventoryColumn.ROLE, role.title(), draft.title());
    changes.number(
        InventoryColumn.ROLE_HEADCOUNT, role.headcountFte().orElse(null), draft.headcountFte());
    changes.number(
        InventoryColumn.ROLE_ANNUAL_COST,
        role.annualCostPerFte().orElse(null),
        draft.annualCostPerFte());
    changes.text(InventoryColumn.ONET_SOC, role.onetSoc().orElse(null), draft.onetSoc());
    return changes.found;
  }

  /** What a new role will say of itself. */
  static List<FactChange> of(RoleDraft draft) {
    FactChanges changes = new FactChanges();
    changes.number(InventoryColumn.ROLE_HEADCOUNT, null, draft.headcountFte());
    changes.number(InventoryColumn.ROLE_ANNUAL_COST, null, draft.annualCostPerFte());
    changes.text(InventoryColumn.ONET_SOC, null, draft.onetSoc());
    return changes.found;
  }

  /**
   * The task's statement (its letter case: tasks are matched regardless of it), time share and
   * answers, where the file's task differs from the stored one, provenance included: an estimate
   * the file confirms with the same value is a change.
   */
  static List<FactChange> of(Task task, ImportedTask imported) {
    FactChanges changes = new FactChanges();
    changes.text(InventoryColumn.TASK, task.statement(), imported.statement());
    boolean storedEstimate = estimated(task.timeShareProvenance().orElse(null));
    BigDecimal share = imported.timeSharePct();
    if (!SpreadsheetNumber.same(task.timeSharePct().orElse(null), share)
        || (share != null && storedEstimate != imported.shareEstimated())) {
      changes.found.add(
          new FactChange(
              InventoryColumn.TASK_TIME_SHARE_PCT.header(),
              plain(task.timeSharePct().orElse(null)),
              plain(share),
              storedEstimate,
              share != null && imported.shareEstimated()));
    }
    changes.answers(task.facts(), imported.factsOver(task.facts()));
    return changes.found;
  }

  /** What a new task will say: its time share and its answers. */
  static List<FactChange> of(ImportedTask imported) {
    FactChanges changes = new FactChanges();
    if (imported.timeSharePct() != null) {
      changes.found.add(
          new FactChange(
              InventoryColumn.TASK_TIME_SHARE_PCT.header(),
              null,
              plain(imported.timeSharePct()),
              false,
              imported.shareEstimated()));
    }
    changes.answers(TaskFacts.none(), imported.facts());
    return changes.found;
  }

  private void answers(TaskFacts before, TaskFacts after) {
    for (TaskFact fact : TaskFact.values()) {
      BigDecimal old = before.value(fact).orElse(null);
      BigDecimal now = after.value(fact).orElse(null);
      boolean oldEstimate = before.isEstimated(fact);
      boolean nowEstimate = after.isEstimated(fact);
      if (!SpreadsheetNumber.same(old, now) || (now != null && oldEstimate != nowEstimate)) {
        found.add(new FactChange(fact.column(), plain(old), plain(now), oldEstimate, nowEstimate));
      }
    }
  }

  private void text(InventoryColumn column, String before, String after) {
    if (!Objects.equals(before, after)) {
      found.add(new FactChange(column.header(), before, after, false, false));
    }
  }

  private void number(InventoryColumn column, BigDecimal before, BigDecimal after) {
    if (!SpreadsheetNumber.same(before, after)) {
      found.add(new FactChange(column.header(), plain(before), plain(after), false, false));
    }
  }

  private static boolean estimated(Provenance provenance) {
    return provenance == Provenance.ESTIMATED;
  }

  private static String plain(BigDecimal number) {
    return number == null ? null : SpreadsheetNumber.normalise(number).toPlainString();
  }
}
