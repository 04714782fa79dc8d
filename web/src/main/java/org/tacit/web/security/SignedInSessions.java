package org.tacit.web.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.servlet.http.HttpSession;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The portal sessions of each Keycloak session ({@code sid}), so that Keycloak's back-channel
 * logout can end them: signing out of another application, an administrator ending a user's
 * sessions, or Keycloak expiring one. Held in this server's memory, as the sessions themselves are;
 * a session that ends by itself leaves on its own ({@link SessionEnd}).
 *
 * <p>The container may not let a session be ended from another request's thread, so an ended
 * Keycloak session is also remembered, and {@link SessionLifetime} ends the portal session at its
 * next request; remembered no longer than a session can live.
 */
@ApplicationScoped
public class SignedInSessions {

  private static final Duration REMEMBER_ENDED = Duration.ofHours(24);

  private final Map<String, Set<HttpSession>> byKeycloakSession = new ConcurrentHashMap<>();
  private final Map<String, Instant> ended = new ConcurrentHashMap<>();

  public void signedIn(String keycloakSession, HttpSession session) {
    byKeycloakSession
        .computeIfAbsent(keycloakSession, sid -> ConcurrentHashMap.newKeySet())
        .add(session);
    session.setAttribute(SessionEnd.KEYCLOAK_SESSION, keycloakSession);
  }

  /** Ends every portal session of the Keycloak session; how many there were. */
  public int end(String keycloakSession) {
    Instant now = Instant.now();
    ended.values().removeIf(at -> at.isBefore(now.minus(REMEMBER_ENDED)));
    ended.put(keycloakSession, now);
    Set<HttpSession> sessions = byKeycloakSession.remove(keycloakSession);
    if (sessions == null) {
      return 0;
    }
    sessions.forEach(BrowserRedirect::end);
    return sessions.size();
  }

  /** Whether the Keycloak session this portal session belongs to has ended. */
  public boolean endedAtKeycloak(HttpSession session) {
    Object sid = session.getAttribute(SessionEnd.KEYCLOAK_SESSION);
    return sid instanceof String keycloakSession && ended.containsKey(keycloakSession);
  }

  void ended(String keycloakSession, HttpSession session) {
    byKeycloakSession.computeIfPresent(
        keycloakSession,
        (sid, sessions) -> {
          sessions.remove(session);
          return sessions.isEmpty() ? null : sessions;
        });
  }
}
