package org.tacit.web.security;

import jakarta.ejb.EJB;
import jakarta.ejb.EJBException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.servlet.http.HttpSession;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.tacit.application.access.KeycloakSessions;

/**
 * The portal sessions of each Keycloak session ({@code sid}), so that Keycloak's back-channel
 * logout can end them: signing out of another application, an administrator ending a user's
 * sessions, or Keycloak expiring one. Held in this server's memory, as the sessions themselves are;
 * a session that ends by itself leaves on its own ({@link SessionEnd}).
 *
 * <p>The container may not let a session be ended from another request's thread, so an ended
 * Keycloak session is also remembered, and {@link SessionLifetime} ends the portal session at its
 * next request; remembered no longer than a session can live.
 *
 * <p>Keycloak's logout reaches one server of a cluster, and the portal session may live on another:
 * the end is also written to the database ({@link KeycloakSessions}), where each server looks for
 * its sessions' Keycloak sessions at most every {@link #LOOK_AGAIN}, so that a portal session ends
 * within seconds whichever server holds it.
 */
@ApplicationScoped
public class SignedInSessions {

  private static final Duration REMEMBER_ENDED = KeycloakSessions.REMEMBERED;

  /** How often a session's Keycloak session is looked up in the database. */
  static final Duration LOOK_AGAIN = Duration.ofSeconds(10);

  private static final String LOOKED_AT = SignedInSessions.class.getName() + ".lookedAt";
  private static final Logger LOG = Logger.getLogger(SignedInSessions.class.getName());

  @EJB KeycloakSessions everyServer;

  Clock clock = Clock.systemUTC();

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
    Instant now = clock.instant();
    ended.values().removeIf(at -> at.isBefore(now.minus(REMEMBER_ENDED)));
    ended.put(keycloakSession, now);
    try {
      everyServer.ended(keycloakSession);
    } catch (EJBException e) {
      // this server's sessions end all the same; another server's end with their tokens
      LOG.log(Level.WARNING, "Could not tell the other servers that a Keycloak session ended", e);
    }
    Set<HttpSession> sessions = byKeycloakSession.remove(keycloakSession);
    if (sessions == null) {
      return 0;
    }
    sessions.forEach(BrowserRedirect::end);
    return sessions.size();
  }

  /** Whether the Keycloak session this portal session belongs to has ended. */
  public boolean endedAtKeycloak(HttpSession session) {
    if (!(session.getAttribute(SessionEnd.KEYCLOAK_SESSION) instanceof String keycloakSession)) {
      return false;
    }
    if (ended.containsKey(keycloakSession)) {
      return true;
    }
    Instant now = clock.instant();
    if (session.getAttribute(LOOKED_AT) instanceof Instant looked
        && now.isBefore(looked.plus(LOOK_AGAIN))) {
      return false;
    }
    session.setAttribute(LOOKED_AT, now);
    try {
      if (everyServer.hasEnded(keycloakSession)) {
        ended.put(keycloakSession, now);
        return true;
      }
    } catch (EJBException e) {
      // the database is away: the request itself will say so; look again next time
      LOG.log(Level.FINE, "Could not look up an ended Keycloak session", e);
    }
    return false;
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
