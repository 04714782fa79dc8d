package org.tacit.web.security;

import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.identitystore.openid.OpenIdContext;
import jakarta.servlet.http.HttpServletRequest;
import java.security.Principal;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.omnifaces.util.Faces;
import org.tacit.application.access.DepartmentGroup;
import org.tacit.text.Words;

/**
 * The signed-in person as the pages see them: name, portal roles and departments. Departments come
 * from the token's {@code departments} claim, which Keycloak fills from group membership under
 * {@code /departments}.
 */
@Named
@RequestScoped
public class CurrentUser {

  private static final String ROLES_BEFORE_REFUSAL = "org.tacit.rolesBeforeRefusal";

  @Inject SecurityContext security;

  /**
   * On an error page reached from a page that refused its caller (Refusals), the security context
   * no longer names the caller; the request still does.
   */
  @Inject HttpServletRequest request;

  @Inject Instance<OpenIdContext> openId;

  private Set<PortalRole> roles;
  private List<String> departments;

  public boolean isSignedIn() {
    return caller().isPresent();
  }

  public String getUsername() {
    return caller().map(Principal::getName).orElse("");
  }

  /** The full name Keycloak knows, or the username when it knows none. */
  public String getDisplayName() {
    return token().flatMap(claims -> claims.getStringClaim("name")).orElse(getUsername());
  }

  public Set<PortalRole> getRoles() {
    if (roles == null) {
      roles =
          Arrays.stream(PortalRole.values())
              .filter(
                  role ->
                      security.isCallerInRole(role.roleName())
                          || request.isUserInRole(role.roleName()))
              .collect(Collectors.toCollection(() -> java.util.EnumSet.noneOf(PortalRole.class)));
      if (roles.isEmpty() && request.getAttribute(ROLES_BEFORE_REFUSAL) instanceof Set<?> before) {
        before.forEach(role -> roles.add((PortalRole) role));
      }
    }
    return roles;
  }

  /**
   * Keeps the caller's roles on the request before a page refuses them: the error page that answers
   * the refusal runs after the container has left the caller's security context, and would
   * otherwise show the shell without the navigation the roles open.
   */
  public void keepRolesForRefusal() {
    request.setAttribute(
        ROLES_BEFORE_REFUSAL, java.util.EnumSet.copyOf(getRoles())); // getRoles is an EnumSet
  }

  private Optional<Principal> caller() {
    return Optional.ofNullable(security.getCallerPrincipal())
        .or(() -> Optional.ofNullable(request.getUserPrincipal()));
  }

  public String getRoleLabels() {
    Words words = Words.in(Faces.getLocale());
    return getRoles().stream()
        .map(role -> words.text(role.labelKey()))
        .collect(Collectors.joining(", "));
  }

  /** Department codes, e.g. {@code FIN} for the Keycloak group {@code /departments/FIN}. */
  public List<String> getDepartments() {
    if (departments == null) {
      departments =
          DepartmentGroup.codesOf(
              token().map(claims -> claims.getArrayStringClaim("departments")).orElse(List.of()));
    }
    return departments;
  }

  public String getDepartmentList() {
    return String.join(", ", getDepartments());
  }

  public boolean hasRole(String roleName) {
    return PortalRole.byName(roleName).map(getRoles()::contains).orElse(false);
  }

  private Optional<jakarta.security.enterprise.identitystore.openid.JwtClaims> token() {
    if (!isSignedIn() || !openId.isResolvable()) {
      return Optional.empty();
    }
    try {
      return Optional.ofNullable(openId.get().getIdentityToken()).map(t -> t.getJwtClaims());
    } catch (RuntimeException notAnOpenIdSession) {
      return Optional.empty();
    }
  }
}
