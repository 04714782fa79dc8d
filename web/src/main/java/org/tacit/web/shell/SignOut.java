package org.tacit.web.shell;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.identitystore.openid.OpenIdContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.tacit.web.security.OidcSettings;

/**
 * Ends the portal session and the Keycloak session: the browser goes through Keycloak's
 * end-session endpoint (RP-initiated logout), which returns it to the landing page. Without the
 * second step the next click would sign the person in again silently.
 */
@Named
@RequestScoped
public class SignOut {

  @Inject FacesContext faces;
  @Inject OpenIdContext openId;
  @Inject OidcSettings oidc;

  public void signOut() throws IOException {
    ExternalContext external = faces.getExternalContext();
    HttpServletRequest request = (HttpServletRequest) external.getRequest();
    Optional<String> idToken = idToken();
    String landing = portalOrigin(request) + request.getContextPath() + "/index.xhtml?signedOut=true";
    // Ending the session ends the sign-in: the OpenID Connect mechanism keeps its tokens there.
    // (request.logout() is not used: the mechanism answers it with a redirect of its own.)
    Optional.ofNullable(request.getSession(false)).ifPresent(SignOut::invalidate);
    StringBuilder endSession = new StringBuilder(oidc.getProviderUri())
        .append("/protocol/openid-connect/logout?client_id=").append(encode(oidc.getClientId()))
        .append("&post_logout_redirect_uri=").append(encode(landing));
    idToken.ifPresent(token -> endSession.append("&id_token_hint=").append(encode(token)));
    external.redirect(endSession.toString());
    faces.responseComplete();
  }

  private static void invalidate(HttpSession session) {
    try {
      session.invalidate();
    } catch (IllegalStateException alreadyInvalidated) {
      // nothing left to end
    }
  }

  private Optional<String> idToken() {
    try {
      return Optional.ofNullable(openId.getIdentityToken()).map(token -> token.getToken());
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
