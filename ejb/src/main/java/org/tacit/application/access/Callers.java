package org.tacit.application.access;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.identitystore.openid.OpenIdContext;
import java.security.Principal;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The current caller's scope, from what sign-in established: roles from the container, departments
 * from the verified token's {@code departments} claim (the ID token of a browser sign-in, or the
 * access token of an API call, see {@link TokenCaller}). Services ask here, never the page, so a
 * crafted request cannot widen its own scope.
 */
@ApplicationScoped
public class Callers {

  private static final List<String> ROLES =
      List.of(CallerScope.ADMIN, CallerScope.ANALYST, CallerScope.EDITOR, CallerScope.VIEWER);

  @Inject SecurityContext security;
  @Inject Instance<OpenIdContext> openId;

  public CallerScope current() {
    String name =
        Optional.ofNullable(security.getCallerPrincipal()).map(Principal::getName).orElse("");
    Set<String> roles = ROLES.stream().filter(security::isCallerInRole).collect(Collectors.toSet());
    return new CallerScope(name, roles, departments());
  }

  private Set<String> departments() {
    Set<TokenCaller> apiCaller = security.getPrincipalsByType(TokenCaller.class);
    if (!apiCaller.isEmpty()) {
      return apiCaller.iterator().next().departments();
    }
    try {
      return Set.copyOf(
          DepartmentGroup.codesOf(
              openId.get().getIdentityToken().getJwtClaims().getArrayStringClaim("departments")));
    } catch (RuntimeException noOpenIdSignIn) {
      return Set.of(); // no token, no departments: the caller reads only what their role opens
    }
  }
}
