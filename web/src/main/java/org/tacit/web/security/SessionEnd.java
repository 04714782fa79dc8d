package org.tacit.web.security;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebListener;
import jakarta.servlet.http.HttpSessionEvent;
import jakarta.servlet.http.HttpSessionListener;

/**
 * A portal session that ends (sign-out, idle, lifetime, logout) leaves {@link SignedInSessions}.
 */
@WebListener
public class SessionEnd implements HttpSessionListener {

  static final String KEYCLOAK_SESSION = SessionEnd.class.getName() + ".sid";

  @Inject SignedInSessions sessions;

  @Override
  public void sessionDestroyed(HttpSessionEvent event) {
    Object sid = event.getSession().getAttribute(KEYCLOAK_SESSION);
    if (sid instanceof String keycloakSession) {
      sessions.ended(keycloakSession, event.getSession());
    }
  }
}
