package org.tacit.domain.model.inventory.imports;

import java.util.Arrays;
import java.util.Optional;

/**
 * The columns of an inventory file besides the task facts: who does the task and how much of their
 * time it takes. One row is one task, so department and role repeat on every row of a role.
 */
public enum InventoryColumn {
  DEPARTMENT("department", true),
  DEPARTMENT_CODE("department_code", false),
  ROLE("role", true),
  ROLE_CODE("role_code", false),
  ROLE_HEADCOUNT("role_headcount", false),
  ROLE_ANNUAL_COST("role_annual_cost", false),
  ONET_SOC("onet_soc", false),
  TASK("task", true),
  TASK_TIME_SHARE_PCT("task_time_share_pct", false);

  private final String header;
  private final boolean required;

  InventoryColumn(String header, boolean required) {
    this.header = header;
    this.required = required;
  }

  public static Optional<InventoryColumn> ofHeader(String header) {
    return Arrays.stream(values()).filter(column -> column.header.equals(header)).findFirst();
  }

  public String header() {
    return header;
  }

  public boolean isRequired() {
    return required;
  }
}
