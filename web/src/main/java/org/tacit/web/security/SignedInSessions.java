package org.tacit.web.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.servlet.http.HttpSession;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The portal sessions of each Keycloak session ({@code sid}), so that Keycloak's back-channel
 * logout can end them: signing out of another application, an administrator ending a user's
 * sessions, or Keycloak expiring one. Held in this server's memory, as the sessions themselves are;
 * a session that ends by itself leaves on its own ({@link SessionEnd}).
 */
@ApplicationScoped
public class SignedInSessions {

  private final Map<String, Set<HttpSession>> byKeycloakSession = new ConcurrentHashMap<>();

  public void signedIn(String keycloakSession, HttpSession session) {
    byKeycloakSession.computeIfAbsent(keycloakSession, sid -> ConcurrentHashMap.newKeySet()).add(session);
    session.setAttribute(SessionEnd.KEYCLOAK_SESSION, keycloakSession);
  }

  /** Ends every portal session of the Keycloak session; how many there were. */
  public int end(String keycloakSession) {
    Set<HttpSession> sessions = byKeycloakSession.remove(keycloakSession);
    if (sessions == null) {
      return 0;
    }
    sessions.forEach(SignedInSessions::invalidate);
    return sessions.size();
  }

  void ended(String keycloakSession, HttpSession session) {
    byKeycloakSession.computeIfPresent(keycloakSession, (sid, sessions) -> {
      sessions.remove(session);
      return sessions.isEmpty() ? null : sessions;
    });
  }

  private static void invalidate(HttpSession session) {
    try {
      session.invalidate();
    } catch (IllegalStateException alreadyEnded) {
      // it ended by itself meanwhile
    }
  }
}
