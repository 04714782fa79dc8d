package org.tacit.domain.model.inventory.imports;

import static org.tacit.domain.model.inventory.imports.InventoryColumn.DEPARTMENT;
import static org.tacit.domain.model.inventory.imports.InventoryColumn.DEPARTMENT_CODE;
import static org.tacit.domain.model.inventory.imports.InventoryColumn.ONET_SOC;
import static org.tacit.domain.model.inventory.imports.InventoryColumn.ROLE;
import static org.tacit.domain.model.inventory.imports.InventoryColumn.ROLE_ANNUAL_COST;
import static org.tacit.domain.model.inventory.imports.InventoryColumn.ROLE_CODE;
import static org.tacit.domain.model.inventory.imports.InventoryColumn.ROLE_HEADCOUNT;
import static org.tacit.domain.model.inventory.imports.InventoryColumn.TASK;
import static org.tacit.domain.model.inventory.imports.InventoryColumn.TASK_TIME_SHARE_PCT;

import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import org.tacit.domain.model.inventory.CellReading;
import org.tacit.domain.model.inventory.NumberRange;
import org.tacit.domain.model.inventory.TaskFact;

/**
 * One row read on its own: its cells typed and checked. What rows must agree on (a role's
 * headcount, a department's code) is checked later, across rows. Fields are null where the cell is
 * blank or was reported.
 */
record TaskLine(
    int row,
    String departmentName,
    String departmentCode,
    boolean departmentCodeGiven,
    String roleTitle,
    String roleCode,
    BigDecimal headcount,
    BigDecimal annualCost,
    String onetSoc,
    String statement,
    CellReading timeShare,
    Map<TaskFact, BigDecimal> facts) {

  /** The length of the department name column in the database. */
  static final int MAX_DEPARTMENT_NAME = 200;

  /** Reads the cells in template order, so that one row's problems read left to right. */
  static TaskLine read(RowCells cells) {
    String department = departmentName(cells);
    String givenCode = cells.text(DEPARTMENT_CODE.header());
    String code = departmentCode(cells, department, givenCode);
    String role = cells.required(ROLE.header());
    String roleCode = cells.text(ROLE_CODE.header());
    CellReading headcount = cells.number(ROLE_HEADCOUNT.header(), NumberRange.atLeast(0));
    CellReading cost = cells.number(ROLE_ANNUAL_COST.header(), NumberRange.atLeast(0));
    String onetSoc = cells.onetSoc(ONET_SOC.header());
    String statement = cells.required(TASK.header());
    CellReading share = cells.number(TASK_TIME_SHARE_PCT.header(), NumberRange.fromTo(0, 100));
    Map<TaskFact, BigDecimal> facts = new EnumMap<>(TaskFact.class);
    for (TaskFact fact : TaskFact.values()) {
      cells.fact(fact).asOptional().ifPresent(value -> facts.put(fact, value));
    }
    return new TaskLine(
        cells.row(),
        department,
        code,
        givenCode != null,
        role,
        roleCode,
        headcount.value(),
        cost.value(),
        onetSoc,
        statement,
        share,
        facts);
  }

  boolean hasDepartment() {
    return departmentName != null && departmentCode != null;
  }

  boolean hasTask() {
    return hasRole() && statement != null;
  }

  /** Whether the row names its role, with or without a task. */
  boolean hasRole() {
    return hasDepartment() && roleTitle != null;
  }

  /** Within a department a role is its code if given, else its title in any letter case. */
  String roleKey() {
    String identity =
        roleCode != null ? "code:" + roleCode : "title:" + roleTitle.toLowerCase(Locale.ROOT);
    return departmentCode + "\n" + identity;
  }

  private static String departmentName(RowCells cells) {
    String name = cells.required(DEPARTMENT.header());
    if (name != null && name.length() > MAX_DEPARTMENT_NAME) {
      cells.report(
          DEPARTMENT.header(),
          ImportProblem.saying("departmentNameTooLong", MAX_DEPARTMENT_NAME, name.length()));
      return null;
    }
    return name;
  }

  private static String departmentCode(RowCells cells, String name, String given) {
    if (given != null) {
      if (DepartmentCodes.isValid(given)) {
        return given;
      }
      cells.report(DEPARTMENT_CODE.header(), ImportProblem.saying("departmentCodeForm", given));
      return null;
    }
    if (name == null) {
      return null;
    }
    return DepartmentCodes.derive(name)
        .orElseGet(
            () -> {
              cells.report(DEPARTMENT.header(), ImportProblem.saying("noDepartmentCode", name));
              return null;
            });
  }
}
