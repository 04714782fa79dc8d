package org.tacit.application.inventory;

import java.io.Serializable;
import java.math.BigDecimal;

/**
 * A role as the role list shows it; {@code timeShareTotal} is the sum of its tasks' shares (null
 * when no task has one), so the page can flag roles that do not add up to 100.
 */
public record RoleSummary(
    long id,
    String departmentCode,
    String code,
    String title,
    BigDecimal headcountFte,
    BigDecimal annualCostPerFte,
    String onetSoc,
    long taskCount,
    BigDecimal timeShareTotal)
    implements Serializable {}
