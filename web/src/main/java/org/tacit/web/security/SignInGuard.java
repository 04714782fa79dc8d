package org.tacit.web.security;

import jakarta.annotation.Priority;
import jakarta.decorator.Decorator;
import jakarta.decorator.Delegate;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import jakarta.security.enterprise.AuthenticationException;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.identitystore.openid.OpenIdContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Wraps the OpenID Connect sign-in for the cases a browser cannot handle by itself. The sign-in
 * mechanism's redirect to Keycloak is held back ({@link HeldRedirect}) and only then decided:
 *
 * <ul>
 *   <li>Keycloak is down: the user gets the readable 503 page (error/unavailable.xhtml) instead of
 *       a stack trace or the browser's "connection refused".
 *   <li>The session ended before an AJAX action: an XMLHttpRequest cannot follow a redirect to
 *       Keycloak, so the answer is a Faces partial-response redirect to the page itself, which then
 *       signs in as a normal page load and comes back.
 *   <li>The browser comes back from Keycloak to a server that did not start its sign-in (that
 *       server stopped, or the balancer moved the browser): the sign-in starts again from the start
 *       page, without a password while the Keycloak session lasts, instead of failing.
 *   <li>A call of the integration API ({@code /api/*}) signs in with its bearer token ({@link
 *       BearerSignIn}) and never sees a redirect.
 *   <li>Otherwise the redirect goes out as it was, and the page asked for is remembered so that
 *       {@link SignInCallback} can return to it after sign-in.
 * </ul>
 */
@Decorator
@Priority(Interceptor.Priority.APPLICATION)
public abstract class SignInGuard implements HttpAuthenticationMechanism, Serializable {

  private static final long serialVersionUID = 1L;
  private static final Logger LOG = Logger.getLogger(SignInGuard.class.getName());

  @Inject @Delegate HttpAuthenticationMechanism signIn;
  @Inject IdentityProvider identityProvider;
  @Inject BearerSignIn bearer;
  @Inject Instance<OpenIdContext> openId;

  @Override
  public AuthenticationStatus validateRequest(
      HttpServletRequest request, HttpServletResponse response, HttpMessageContext context)
      throws AuthenticationException {
    if (BearerSignIn.isApi(request)) {
      return bearer.validate(request, response, context);
    }
    HeldRedirect held = new HeldRedirect(response);
    AuthenticationStatus status;
    try {
      status =
          signIn.validateRequest(
              request,
              held,
              SessionCallerGroups.around(
                  HeldRedirect.around(context, held), request.getUserPrincipal(), this::groups));
    } catch (AuthenticationException | RuntimeException e) {
      if (e instanceof NoSuchElementException && isCallback(request)) {
        // The sign-in was started on another server, which kept the page asked for in its
        // session: that server stopped, or the balancer moved the browser meanwhile. Soteria finds
        // nothing to return to here; starting again from the start page signs in through
        // Keycloak's session
        LOG.info("A sign-in came back to a server that did not start it; signing in again");
        send(response, request.getContextPath() + "/app/");
        return AuthenticationStatus.SEND_CONTINUE;
      }
      if (identityProvider.reachable()) {
        throw e;
      }
      LOG.log(Level.WARNING, "Sign-in failed because Keycloak is unreachable", e);
      return unavailable(response);
    }
    if (held.location().isEmpty()) {
      return status;
    }
    String location = held.location().get();
    if (identityProvider.isProviderUrl(location)) {
      if (!identityProvider.reachable()) {
        return unavailable(response);
      }
      boolean ajax = BrowserRedirect.isFacesAjax(request);
      ReturnAddress.remember(request, ajax);
      if (ajax) {
        return reloadPage(request, response);
      }
    }
    send(response, location);
    return status;
  }

  /** Keycloak sending the browser back with the sign-in's code (PortalSecurity's redirectURI). */
  private static boolean isCallback(HttpServletRequest request) {
    return "GET".equalsIgnoreCase(request.getMethod())
        && request.getParameter("state") != null
        && request.getParameter("code") != null;
  }

  /** The realm roles in the session's ID token, where the sign-in found them ({@code groups}). */
  private Set<String> groups() {
    try {
      return openId.isResolvable()
          ? Set.copyOf(openId.get().getIdentityToken().getJwtClaims().getArrayStringClaim("groups"))
          : Set.of();
    } catch (RuntimeException noOpenIdSession) {
      return Set.of();
    }
  }

  private static void send(HttpServletResponse response, String location) {
    try {
      response.sendRedirect(location);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static AuthenticationStatus unavailable(HttpServletResponse response) {
    try {
      response.sendError(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return AuthenticationStatus.SEND_FAILURE;
  }

  /**
   * Tells the PrimeFaces client to load the page again; the full load then goes through sign-in.
   */
  private static AuthenticationStatus reloadPage(
      HttpServletRequest request, HttpServletResponse response) {
    try {
      BrowserRedirect.partialResponse(response, request.getRequestURI());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return AuthenticationStatus.SEND_CONTINUE;
  }
}
