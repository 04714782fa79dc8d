package org.tacit.application;

/** A department as lists show it; {@code changeable} when the caller may change its inventory. */
public record DepartmentView(String code, String name, long roleCount, long taskCount, boolean changeable) {}
