package org.tacit.web.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.security.enterprise.identitystore.openid.OpenIdContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * Ends the portal session and the Keycloak session: the browser goes through Keycloak's end-session
 * endpoint (RP-initiated logout), which returns it to the landing page. Without the second step the
 * next click would sign the person in again silently.
 */
@ApplicationScoped
public class KeycloakLogout {

  @Inject OidcSettings oidc;
  @Inject Instance<OpenIdContext> openId;

  /**
   * The address to send the browser to; {@code reason} is the landing page's flag, e.g. {@code
   * signedOut}.
   */
  public String endSessions(HttpServletRequest request, String reason) {
    Optional<String> idToken = idToken();
    String landing =
        portalOrigin(request) + request.getContextPath() + "/index.xhtml?" + reason + "=true";
    // Ending the session ends the sign-in: the OpenID Connect mechanism keeps its tokens there.
    // (request.logout() is not used: the mechanism answers it with a redirect of its own.)
    Optional.ofNullable(request.getSession(false)).ifPresent(BrowserRedirect::end);
    StringBuilder endSession =
        new StringBuilder(oidc.getProviderUri())
            .append("/protocol/openid-connect/logout?client_id=")
            .append(encode(oidc.getClientId()))
            .append("&post_logout_redirect_uri=")
            .append(encode(landing));
    idToken.ifPresent(token -> endSession.append("&id_token_hint=").append(encode(token)));
    return endSession.toString();
  }

  /** Ends both sessions and redirects there; an AJAX request is told to go there instead. */
  public void endSessions(HttpServletRequest request, HttpServletResponse response, String reason)
      throws IOException {
    BrowserRedirect.send(request, response, endSessions(request, reason));
  }

  private Optional<String> idToken() {
    try {
      return Optional.ofNullable(openId.get().getIdentityToken()).map(token -> token.getToken());
    } catch (RuntimeException noOpenIdSession) {
      return Optional.empty();
    }
  }

  private static String portalOrigin(HttpServletRequest request) {
    return request.getScheme() + "://" + request.getServerName() + ":" + request.getServerPort();
  }

  private static String encode(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }
}
