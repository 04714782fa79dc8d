package org.tacit.application.inventory.internal;

import java.math.BigDecimal;
import org.tacit.application.inventory.RoleSummary;
import org.tacit.domain.model.inventory.Role;

/** A role as pages and API list it, with the totals of its tasks. */
final class RoleSummaries {

  private RoleSummaries() {}

  /**
   * {@code totals} is a row of {@code InventoryRepository.taskTotals}, or null for a role without
   * tasks.
   */
  static RoleSummary of(Role role, Object[] totals) {
    long taskCount = totals == null ? 0 : (Long) totals[1];
    BigDecimal shareTotal = totals == null ? null : (BigDecimal) totals[2];
    return new RoleSummary(
        role.id(),
        role.department().code(),
        role.code().orElse(null),
        role.title(),
        role.headcountFte().orElse(null),
        role.annualCostPerFte().orElse(null),
        role.onetSoc().orElse(null),
        taskCount,
        shareTotal);
  }
}
