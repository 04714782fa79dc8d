package org.tacit.web.security;

import java.util.Arrays;
import java.util.Optional;
import org.tacit.application.access.CallerScope;

/**
 * The realm roles of the {@code tacit} realm. Keycloak puts them in the token's {@code groups}
 * claim and Payara maps each group to the role of the same name.
 */
public enum PortalRole {
  TACIT_ADMIN(CallerScope.ADMIN),
  STRATEGY_ANALYST(CallerScope.ANALYST),
  HR_EDITOR(CallerScope.EDITOR),
  VIEWER(CallerScope.VIEWER);

  public static final String ADMIN = CallerScope.ADMIN;
  public static final String ANALYST = CallerScope.ANALYST;
  public static final String EDITOR = CallerScope.EDITOR;
  public static final String READER = CallerScope.VIEWER;

  private final String roleName;

  PortalRole(String roleName) {
    this.roleName = roleName;
  }

  public String roleName() {
    return roleName;
  }

  /** The key of the role's name in the message bundle, e.g. {@code shell.role.HR_EDITOR}. */
  public String labelKey() {
    return "shell.role." + name();
  }

  public static Optional<PortalRole> byName(String roleName) {
    return Arrays.stream(values()).filter(role -> role.roleName.equals(roleName)).findFirst();
  }
}
