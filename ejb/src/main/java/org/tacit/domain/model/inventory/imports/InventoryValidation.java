package org.tacit.domain.model.inventory.imports;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Checks an inventory file row by row as a reader streams it, keeping only what the draft needs, so
 * that a file of 100,000 rows is never held twice. Readers push rows in ({@link #accept}); the
 * {@link #result} names every problem of the file, not just the first.
 */
public final class InventoryValidation {

  private final InventoryHeader header;
  private final Problems problems = new Problems();
  private final DepartmentDirectory departments = new DepartmentDirectory();
  private final Map<String, RoleAssembly> roles = new LinkedHashMap<>();
  private int taskRows;
  private ImportResult result;

  public InventoryValidation(int headerRow, List<String> headerNames) {
    this.header = new InventoryHeader(headerRow, headerNames);
    problems.addAll(header.problems());
  }

  public void accept(InventoryRow row) {
    if (result != null) {
      throw new IllegalStateException("The file has already been judged.");
    }
    // Without its required columns no row can be understood; the header problems say why.
    if (!header.isUnderstood() || row.isBlank()) {
      return;
    }
    taskRows++;
    if (row.strayCells() > 0) {
      problems.add(row.number(), "", ImportProblem.saying("strayCells", row.strayCells()));
    }
    TaskLine line = TaskLine.read(new RowCells(row, problems));
    if (line.hasDepartment()) {
      departments.register(line, problems);
    }
    if (line.hasTask()) {
      roles.computeIfAbsent(line.roleKey(), key -> new RoleAssembly(line)).add(line, problems);
    } else if (line.hasRole()) {
      roles.computeIfAbsent(line.roleKey(), key -> new RoleAssembly(line)).leaveOut(line.row());
    }
  }

  /** The rows that held a task (blank rows do not count). */
  public int taskRows() {
    return taskRows;
  }

  /** The draft, or every problem in file order; asking twice gives the same answer. */
  public ImportResult result() {
    if (result == null) {
      result = judge();
    }
    return result;
  }

  private ImportResult judge() {
    roles.values().forEach(role -> role.finish(problems));
    if (header.isUnderstood() && taskRows == 0) {
      problems.add(ImportProblem.WHOLE_FILE, "", ImportProblem.saying("noTasks"));
    }
    if (!problems.isEmpty()) {
      return ImportResult.invalid(problems.list());
    }
    return ImportResult.valid(
        new InventoryDraft(
            departments.drafts(), roles.values().stream().map(RoleAssembly::toDraft).toList()));
  }
}
