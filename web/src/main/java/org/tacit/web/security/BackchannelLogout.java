package org.tacit.web.security;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Clock;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.tacit.application.access.SecurityLog;

/**
 * Where Keycloak tells the portal that a Keycloak session has ended (OpenID Connect back-channel
 * logout: the user signed out elsewhere, or an administrator ended their sessions), server to
 * server, so that the portal session ends at once instead of at its next token refresh. The realm's
 * client names this address ({@code backchannel.logout.url}); only a logout token the realm signed
 * for this portal is believed (see {@link LogoutTokens}).
 */
@WebServlet("/backchannel-logout")
public class BackchannelLogout extends HttpServlet {

  private static final long serialVersionUID = 1L;
  private static final Logger LOG = Logger.getLogger(BackchannelLogout.class.getName());

  @Inject OidcSettings settings;
  @Inject SignedInSessions sessions;

  /** Its own copy of the realm's keys, fetched on the first logout: logouts are rare. */
  private transient RealmKeys keys;

  private transient LogoutTokens tokens;

  @Override
  public void init() {
    keys = new RealmKeys(settings.getProviderUri(), RealmKeys.Timing.DEFAULT, Clock.systemUTC());
    tokens = new LogoutTokens(settings.getProviderUri(), settings.getClientId(), keys);
  }

  @Override
  protected void doPost(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    String token = request.getParameter("logout_token");
    LogoutTokens.Result result =
        token == null ? LogoutTokens.Result.refused("no logout_token") : tokens.verify(token);
    if (result.keycloakSession().isEmpty()) {
      SecurityLog.refused("-", "back-channel-logout", "portal", result.problem());
      response.sendError(HttpServletResponse.SC_BAD_REQUEST);
      return;
    }
    int ended = sessions.end(result.keycloakSession().get());
    SecurityLog.success("-", "back-channel-logout", ended + " portal session(s)");
    response.setStatus(HttpServletResponse.SC_OK);
  }

  @Override
  public void destroy() {
    try {
      keys.close();
    } catch (IOException e) {
      LOG.log(Level.FINE, "Closing the realm's key set", e);
    }
  }
}
