package org.tacit.domain.model.inventory.imports;

import java.math.BigDecimal;
import java.util.List;

/**
 * A role as a valid file describes it, with its tasks in file order. Within its department a role
 * is known by its code when the file gives one, else by its title.
 *
 * @param code null when the file gives no role_code
 * @param headcountFte null when unknown
 * @param annualCostPerFte null when unknown
 * @param onetSoc null when the role is not linked to an O*NET occupation
 * @param onetSocRow the row on which the file gives the O*NET code (or the role's first row), so
 *     that what is found about the code later, against the library, points at its cell
 */
public record RoleDraft(
    String departmentCode,
    String code,
    String title,
    BigDecimal headcountFte,
    BigDecimal annualCostPerFte,
    String onetSoc,
    List<TaskDraft> tasks,
    int onetSocRow) {

  public RoleDraft {
    tasks = List.copyOf(tasks);
  }

  /** A role whose place in a file does not matter, as tests and generated inventories make. */
  public RoleDraft(
      String departmentCode,
      String code,
      String title,
      BigDecimal headcountFte,
      BigDecimal annualCostPerFte,
      String onetSoc,
      List<TaskDraft> tasks) {
    this(departmentCode, code, title, headcountFte, annualCostPerFte, onetSoc, tasks, 0);
  }
}
