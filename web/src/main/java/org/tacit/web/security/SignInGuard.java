package org.tacit.web.security;

import jakarta.annotation.Priority;
import jakarta.decorator.Decorator;
import jakarta.decorator.Delegate;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import jakarta.security.enterprise.AuthenticationException;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Wraps the OpenID Connect sign-in for the two cases a browser cannot handle by itself.
 *
 * <ul>
 *   <li>Keycloak is down: instead of a stack trace or the browser's "connection refused", the user
 *       gets the readable 503 page (error/unavailable.xhtml).
 *   <li>The session expired during an AJAX action: an XMLHttpRequest cannot follow a redirect to
 *       Keycloak, so the answer is a Faces partial-response redirect to the page itself, which
 *       then signs in as a normal page load and comes back.
 * </ul>
 */
@Decorator
@Priority(Interceptor.Priority.APPLICATION)
public abstract class SignInGuard implements HttpAuthenticationMechanism, Serializable {

  private static final long serialVersionUID = 1L;
  private static final Logger LOG = Logger.getLogger(SignInGuard.class.getName());

  @Inject @Delegate HttpAuthenticationMechanism signIn;
  @Inject IdentityProvider identityProvider;

  @Override
  public AuthenticationStatus validateRequest(
      HttpServletRequest request, HttpServletResponse response, HttpMessageContext context)
      throws AuthenticationException {
    AuthenticationStatus status;
    try {
      status = signIn.validateRequest(request, response, context);
    } catch (AuthenticationException | RuntimeException e) {
      if (identityProvider.reachable()) {
        throw e;
      }
      LOG.log(Level.WARNING, "Sign-in failed because Keycloak is unreachable", e);
      return unavailable(response);
    }
    if (status == AuthenticationStatus.SEND_CONTINUE
        && identityProvider.isProviderUrl(response.getHeader("Location"))) {
      if (!identityProvider.reachable()) {
        return unavailable(response);
      }
      if (isFacesAjax(request)) {
        return reloadPage(request, response);
      }
    }
    return status;
  }

  private static boolean isFacesAjax(HttpServletRequest request) {
    return "partial/ajax".equals(request.getHeader("Faces-Request"));
  }

  private static AuthenticationStatus unavailable(HttpServletResponse response) {
    try {
      response.reset();
      response.sendError(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return AuthenticationStatus.SEND_CONTINUE;
  }

  /** Tells the PrimeFaces client to load the page again; the full load then goes through sign-in. */
  private static AuthenticationStatus reloadPage(HttpServletRequest request, HttpServletResponse response) {
    response.reset();
    response.setStatus(HttpServletResponse.SC_OK);
    response.setContentType("text/xml");
    response.setCharacterEncoding("UTF-8");
    String page = request.getRequestURI().replace("&", "&amp;").replace("\"", "&quot;");
    try {
      response.getWriter()
          .write("<?xml version=\"1.0\" encoding=\"UTF-8\"?><partial-response><redirect url=\""
              + page + "\"></redirect></partial-response>");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return AuthenticationStatus.SEND_CONTINUE;
  }
}
