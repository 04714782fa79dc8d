package org.tacit.web.security;

import java.util.Arrays;
import java.util.Optional;

/**
 * The realm roles of the {@code tacit} realm. Keycloak puts them in the token's {@code groups}
 * claim and Payara maps each group to the role of the same name.
 */
public enum PortalRole {
  TACIT_ADMIN("tacit-admin", "Administrator"),
  STRATEGY_ANALYST("strategy-analyst", "Strategy analyst"),
  HR_EDITOR("hr-editor", "HR editor"),
  VIEWER("viewer", "Viewer");

  public static final String ADMIN = "tacit-admin";
  public static final String ANALYST = "strategy-analyst";
  public static final String EDITOR = "hr-editor";
  public static final String READER = "viewer";

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
