package org.tacit.web.security;

import java.util.Arrays;
import java.util.Optional;
import org.tacit.application.access.CallerScope;

/**
 * The realm roles of the {@code tacit} realm. Keycloak puts them in the token's {@code groups}
 * claim and Payara maps each group to the role of the same name.
 */
public enum PortalRole {
  TACIT_ADMIN(CallerScope.ADMIN, "Administrator"),
  STRATEGY_ANALYST(CallerScope.ANALYST, "Strategy analyst"),
  HR_EDITOR(CallerScope.EDITOR, "HR editor"),
  VIEWER(CallerScope.VIEWER, "Viewer");

  public static final String ADMIN = CallerScope.ADMIN;
  public static final String ANALYST = CallerScope.ANALYST;
  public static final String EDITOR = CallerScope.EDITOR;
  public static final String READER = CallerScope.VIEWER;

  private final String roleName;
  private final String label;

  PortalRole(String roleName, String label) {
    this.roleName = roleName;
    this.label = label;
  }

  public String roleName() {
    return roleName;
  }

  public String label() {
    return label;
  }

  public static Optional<PortalRole> byName(String roleName) {
    return Arrays.stream(values()).filter(role -> role.roleName.equals(roleName)).findFirst();
  }
}
