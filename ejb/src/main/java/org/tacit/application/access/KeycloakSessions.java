package org.tacit.application.access;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.tacit.infrastructure.persistence.EndedKeycloakSessions;

/**
 * Which Keycloak sessions have ended, for every server of the portal: Keycloak's back-channel
 * logout reaches one of them, and the portal sessions of that Keycloak session may live on another.
 * Remembered {@link #REMEMBERED}, as long as a portal session can live.
 */
@Stateless
@PermitAll // Keycloak's logout call carries no user; the web layer believes only a signed token
public class KeycloakSessions {

  public static final Duration REMEMBERED = Duration.ofHours(24);

  @Inject EndedKeycloakSessions ended;

  Clock clock = Clock.systemUTC();

  /** Keycloak said that {@code keycloakSession} has ended. */
  public void ended(String keycloakSession) {
    Instant now = clock.instant();
    ended.forgetBefore(now.minus(REMEMBERED));
    ended.add(keycloakSession, now);
  }

  /** Whether any server heard that {@code keycloakSession} has ended. */
  public boolean hasEnded(String keycloakSession) {
    return ended.contains(keycloakSession);
  }
}
