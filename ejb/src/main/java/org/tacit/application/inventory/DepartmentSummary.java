package org.tacit.application.inventory;

import java.io.Serializable;

/**
 * A department as lists and the department tree show it; {@code parentCode} is null for a top-level
 * department, {@code changeable} true when the caller may change its inventory.
 */
public record DepartmentSummary(
    String code, String name, String parentCode, long roleCount, long taskCount, boolean changeable)
    implements Serializable {}
