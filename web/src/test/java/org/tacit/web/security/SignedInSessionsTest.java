package org.tacit.web.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import jakarta.ejb.EJBException;
import jakarta.servlet.http.HttpSession;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.tacit.application.access.KeycloakSessions;

class SignedInSessionsTest {

  private final KeycloakSessions everyServer = mock(KeycloakSessions.class);
  private final SignedInSessions sessions =
      serverWith(everyServer, Instant.parse("2026-12-07T12:00:00Z"));

  private static SignedInSessions serverWith(KeycloakSessions everyServer, Instant now) {
    SignedInSessions server = new SignedInSessions();
    server.everyServer = everyServer;
    server.clock = Clock.fixed(now, ZoneOffset.UTC);
    return server;
  }

  /** A session whose attributes are kept, as the container keeps them. */
  private static HttpSession sessionOf(String keycloakSession) {
    HttpSession session = mock(HttpSession.class);
    Map<String, Object> attributes = new HashMap<>();
    attributes.put(SessionEnd.KEYCLOAK_SESSION, keycloakSession);
    when(session.getAttribute(anyString())).thenAnswer(ask -> attributes.get(ask.getArgument(0)));
    doAnswer(set -> attributes.put(set.getArgument(0), set.getArgument(1)))
        .when(session)
        .setAttribute(anyString(), any());
    return session;
  }

  @Test
  void aBackChannelLogoutEndsThePortalSessionsOfThatKeycloakSessionOnly() {
    HttpSession sams = sessionOf("kc-1");
    HttpSession heddas = sessionOf("kc-2");
    sessions.signedIn("kc-1", sams);
    sessions.signedIn("kc-2", heddas);

    int ended = sessions.end("kc-1");

    assertThat(ended).isEqualTo(1);
    verify(everyServer).ended("kc-1");
    verify(sams).invalidate();
    assertThat(sessions.endedAtKeycloak(sams)).isTrue();
    assertThat(sessions.endedAtKeycloak(heddas)).isFalse();
  }

  @Test
  void aLogoutOfAKeycloakSessionThisServerNeverSawIsStillRemembered() {
    assertThat(sessions.end("kc-elsewhere")).isZero();

    assertThat(sessions.endedAtKeycloak(sessionOf("kc-elsewhere"))).isTrue();
  }

  @Test
  void aSessionWithoutSignInBelongsToNoKeycloakSession() {
    sessions.end("kc-1");

    assertThat(sessions.endedAtKeycloak(mock(HttpSession.class))).isFalse();
  }

  @Test
  void aLogoutAnotherServerHeardEndsThisServersSessionAtItsNextLookup() {
    HttpSession sams = sessionOf("kc-1");
    sessions.signedIn("kc-1", sams);
    assertThat(sessions.endedAtKeycloak(sams)).isFalse();

    when(everyServer.hasEnded("kc-1")).thenReturn(true);
    // looked up at most every ten seconds, not on every request
    assertThat(sessions.endedAtKeycloak(sams)).isFalse();
    SignedInSessions later =
        serverWith(everyServer, sessions.clock.instant().plus(SignedInSessions.LOOK_AGAIN));
    assertThat(later.endedAtKeycloak(sams)).isTrue();
    verify(everyServer, times(2)).hasEnded("kc-1");
  }

  @Test
  void aDatabaseThatIsAwayEndsNoSession() {
    when(everyServer.hasEnded("kc-1")).thenThrow(new EJBException("database away"));

    assertThat(sessions.endedAtKeycloak(sessionOf("kc-1"))).isFalse();
  }
}
