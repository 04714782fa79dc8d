package org.tacit.domain.model.inventory.imports;

import java.util.List;

/**
 * Everything a valid inventory file says, checked and typed, before anything is stored. Only a
 * draft of a wholly valid file exists, so that an import stores all of it or nothing.
 */
public record InventoryDraft(List<DepartmentDraft> departments, List<RoleDraft> roles) {

  public InventoryDraft {
    departments = List.copyOf(departments);
    roles = List.copyOf(roles);
  }

  public int taskCount() {
    return roles.stream().mapToInt(role -> role.tasks().size()).sum();
  }
}
