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
 */
public record RoleDraft(
    String departmentCode,
    String code,
    String title,
    BigDecimal headcountFte,
    BigDecimal annualCostPerFte,
    String onetSoc,
    List<TaskDraft> tasks) {

  public RoleDraft {
    tasks = List.copyOf(tasks);
  }
}
