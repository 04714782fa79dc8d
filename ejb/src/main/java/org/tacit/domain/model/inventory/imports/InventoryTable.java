package org.tacit.domain.model.inventory.imports;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.tacit.domain.model.inventory.Provenance;
import org.tacit.domain.model.inventory.Role;
import org.tacit.domain.model.inventory.SpreadsheetNumber;
import org.tacit.domain.model.inventory.Task;
import org.tacit.domain.model.inventory.TaskFact;

/**
 * The inventory as the import contract lays it out: the same header and one row per task, so that
 * an export imports back unchanged. Only confirmed answers and time shares are written: an estimate
 * is not HR's answer, and importing it would make it one; the import derives it again. Cells are
 * raw here; writers neutralise them.
 */
public final class InventoryTable {

  private InventoryTable() {}

  public static List<String> header() {
    List<String> header = new ArrayList<>();
    Arrays.stream(InventoryColumn.values()).map(InventoryColumn::header).forEach(header::add);
    Arrays.stream(TaskFact.values()).map(TaskFact::column).forEach(header::add);
    return header;
  }

  /** Columns that hold numbers (and only numbers), which a spreadsheet may store as such. */
  public static boolean isNumeric(String header) {
    return TaskFact.ofColumn(header).isPresent()
        || header.equals(InventoryColumn.ROLE_HEADCOUNT.header())
        || header.equals(InventoryColumn.ROLE_ANNUAL_COST.header())
        || header.equals(InventoryColumn.TASK_TIME_SHARE_PCT.header());
  }

  /** The row of one task: a cell per header column, blank where unknown. */
  public static List<String> row(Task task) {
    Role role = task.role();
    List<String> row =
        new ArrayList<>(
            List.of(
                role.department().name(),
                role.department().code(),
                role.title(),
                role.code().orElse(""),
                plain(role.headcountFte().orElse(null)),
                plain(role.annualCostPerFte().orElse(null)),
                role.onetSoc().orElse(""),
                task.statement(),
                task.timeShareProvenance().filter(p -> p == Provenance.CONFIRMED).isPresent()
                    ? plain(task.timeSharePct().orElseThrow())
                    : ""));
    for (TaskFact fact : TaskFact.values()) {
      boolean confirmed =
          task.facts().provenance(fact).filter(p -> p == Provenance.CONFIRMED).isPresent();
      row.add(confirmed ? plain(task.facts().value(fact).orElse(null)) : "");
    }
    return row;
  }

  private static String plain(BigDecimal number) {
    return number == null ? "" : SpreadsheetNumber.normalise(number).toPlainString();
  }
}
