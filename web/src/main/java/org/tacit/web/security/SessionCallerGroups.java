package org.tacit.web.security;

import jakarta.security.auth.message.callback.CallerPrincipalCallback;
import jakarta.security.auth.message.callback.GroupPrincipalCallback;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContextWrapper;
import java.security.Principal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import javax.security.auth.callback.Callback;
import javax.security.auth.callback.CallbackHandler;

/**
 * Names the caller's groups again on every request of a signed-in session, so that the container
 * never authorises a request without them: a workaround for payara/Payara#6145.
 *
 * <p>On each request after sign-in, Payara's OpenID Connect mechanism tells the container "the
 * caller is the session's principal" (a {@link CallerPrincipalCallback} with {@code
 * request.getUserPrincipal()}, no groups), and the container then looks the session's groups up
 * through a security context that Payara 6 shares between threads (the static default context) and
 * that concurrent requests change and clear. Under load a request now and then finds no groups
 * there, is authorised without roles and refused with 403 (0.4–0.9 % of the load run's requests
 * before this class). Payara fixed it as FISH-7515 in Payara 7.2026.2 (Jakarta EE 11), not in the
 * Payara 6 releases the portal runs on. Here the same callback gets a {@link
 * GroupPrincipalCallback} beside it with the groups of the session's own ID token, the claim the
 * sign-in took them from, so they no longer depend on the shared context. Drop this class when the
 * portal moves to a Payara with the fix.
 */
final class SessionCallerGroups {

  private SessionCallerGroups() {}

  /** The mechanism's context, whose callback handler adds the session caller's groups. */
  static HttpMessageContext around(
      HttpMessageContext context, Principal sessionCaller, Supplier<Set<String>> groups) {
    if (sessionCaller == null) {
      return context; // signing in: the mechanism names the groups itself
    }
    return new HttpMessageContextWrapper(context) {
      @Override
      public CallbackHandler getHandler() {
        CallbackHandler handler = super.getHandler();
        return callbacks -> handler.handle(withGroups(callbacks, sessionCaller, groups));
      }
    };
  }

  /**
   * {@code callbacks} with a group callback after the one that names {@code sessionCaller}, unless
   * they name groups already or there are none to name.
   */
  static Callback[] withGroups(
      Callback[] callbacks, Principal sessionCaller, Supplier<Set<String>> groups) {
    if (Arrays.stream(callbacks).anyMatch(GroupPrincipalCallback.class::isInstance)) {
      return callbacks;
    }
    List<Callback> all = new ArrayList<>(Arrays.asList(callbacks));
    for (Callback callback : callbacks) {
      if (callback instanceof CallerPrincipalCallback caller
          && caller.getPrincipal() != null
          && caller.getPrincipal().getName().equals(sessionCaller.getName())) {
        Set<String> names = groups.get();
        if (!names.isEmpty()) {
          all.add(
              all.indexOf(caller) + 1,
              new GroupPrincipalCallback(caller.getSubject(), names.toArray(String[]::new)));
        }
        return all.toArray(Callback[]::new);
      }
    }
    return callbacks;
  }
}
