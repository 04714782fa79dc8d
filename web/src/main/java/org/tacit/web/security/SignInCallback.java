package org.tacit.web.security;

import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.security.enterprise.identitystore.openid.OpenIdContext;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import org.tacit.application.access.SecurityLog;

/**
 * Where Keycloak sends the browser back after sign-in. The OpenID Connect mechanism has already
 * exchanged the code for tokens when this runs; the servlet gives the signed-in person a new
 * session id (the one they had before sign-in may have been planted: session fixation, ASVS 3.2.1),
 * starts the session's absolute lifetime, notes which Keycloak session it belongs to (for
 * back-channel logout), records the sign-in, and takes the person back to the page they asked for
 * (or to the overview).
 */
@WebServlet("/callback")
public class SignInCallback extends HttpServlet {

  private static final long serialVersionUID = 1L;

  @Inject Instance<OpenIdContext> openId;
  @Inject SignedInSessions sessions;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    String home = request.getContextPath() + "/app/";
    if (request.getUserPrincipal() == null) {
      response.sendRedirect(home);
      return;
    }
    request.changeSessionId();
    SessionLifetime.start(request.getSession());
    keycloakSession().ifPresent(sid -> sessions.signedIn(sid, request.getSession()));
    SecurityLog.success(request.getUserPrincipal().getName(), "sign-in", "portal");
    response.sendRedirect(ReturnAddress.take(request).orElse(home));
  }

  /** The {@code sid} of the ID token: the Keycloak session this sign-in belongs to. */
  private Optional<String> keycloakSession() {
    try {
      return openId.get().getIdentityToken().getJwtClaims().getStringClaim("sid");
    } catch (RuntimeException noOpenIdSession) {
      return Optional.empty();
    }
  }
}
