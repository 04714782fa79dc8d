package org.tacit.domain.model.inventory.imports;

/** A department as a valid file names it; its code is its identity across imports. */
public record DepartmentDraft(String code, String name) {}
