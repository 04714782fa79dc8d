package org.tacit.web.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import jakarta.servlet.http.HttpSession;
import org.junit.jupiter.api.Test;

class SignedInSessionsTest {

  private final SignedInSessions sessions = new SignedInSessions();

  private static HttpSession sessionOf(String keycloakSession) {
    HttpSession session = mock(HttpSession.class);
    when(session.getAttribute(SessionEnd.KEYCLOAK_SESSION)).thenReturn(keycloakSession);
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
}
