package org.tacit.application;

/** A department as lists show it. */
public record DepartmentView(String code, String name, long roleCount, long taskCount) {}
