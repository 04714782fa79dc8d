package org.tacit.web.security;

import com.nimbusds.jwt.JWTClaimsSet;
import java.util.List;
import java.util.Set;

/**
 * The claims of an access token. Believed only when {@link AccessTokens} verified the token; the
 * realm's mappers put the realm roles into {@code groups} and the department groups into {@code
 * departments}.
 */
public final class BearerToken {

  private final JWTClaimsSet claims;

  BearerToken(JWTClaimsSet claims) {
    this.claims = claims;
  }

  public String username() {
    Object name = claims.getClaim("preferred_username");
    if (name instanceof String text && !text.isEmpty()) {
      return text;
    }
    return claims.getSubject() == null ? "" : claims.getSubject();
  }

  /** The realm roles, which the realm's mapper writes into {@code groups}. */
  public Set<String> groups() {
    return Set.copyOf(strings("groups"));
  }

  /** The department groups, as full paths such as {@code /departments/FIN}. */
  public List<String> departmentGroups() {
    return strings("departments");
  }

  /** A list of texts; anything else (a missing claim, a number, a nested object) counts as none. */
  private List<String> strings(String claim) {
    if (!(claims.getClaim(claim) instanceof List<?> values)) {
      return List.of();
    }
    return values.stream().filter(String.class::isInstance).map(String.class::cast).toList();
  }
}
