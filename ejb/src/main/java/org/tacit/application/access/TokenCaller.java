package org.tacit.application.access;

import java.io.Serializable;
import java.security.Principal;
import java.util.Set;

/**
 * The caller of the integration API, as its verified bearer token names them: the web layer checks
 * the token's signature and hands this principal to the container, and the services read the
 * departments from it, since an API call has no sign-in session to read them from.
 */
public record TokenCaller(String name, Set<String> departments) implements Principal, Serializable {

  public TokenCaller {
    departments = Set.copyOf(departments);
  }

  @Override
  public String getName() {
    return name;
  }
}
