package org.tacit.web.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jwt.JWTClaimsSet;
import java.time.Clock;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class LogoutTokensTest {

  private static RSAKey signing;

  private TestRealm realm;
  private RealmKeys keys;
  private LogoutTokens tokens;

  @BeforeAll
  static void aSigningKey() throws Exception {
    signing = TestRealm.newKey("key-1");
  }

  @BeforeEach
  void aRealm() throws Exception {
    realm = new TestRealm();
    realm.publish(signing);
    keys = new RealmKeys(realm.issuer(), RealmKeys.Timing.DEFAULT, Clock.systemUTC());
    tokens = new LogoutTokens(realm.issuer(), "tacit-portal", keys);
  }

  @AfterEach
  void closeTheRealm() throws Exception {
    keys.close();
    realm.close();
  }

  /** What Keycloak sends to the portal's back-channel logout address. */
  private JWTClaimsSet.Builder logoutToken() {
    return new JWTClaimsSet.Builder()
        .issuer(realm.issuer())
        .audience(List.of("tacit-portal"))
        .issueTime(Date.from(Instant.now()))
        .jwtID("a1b2")
        .subject("f3c1-sam")
        .claim("typ", "Logout")
        .claim("sid", "kc-session-1")
        .claim("events", Map.of(LogoutTokens.LOGOUT_EVENT, Map.of()));
  }

  @Test
  void aLogoutTokenFromTheRealmNamesTheKeycloakSessionToEnd() throws Exception {
    LogoutTokens.Result result = tokens.verify(TestRealm.sign(logoutToken().build(), signing));

    assertThat(result.keycloakSession()).hasValue("kc-session-1");
  }

  @Test
  void aTokenForAnotherClientEndsNothing() throws Exception {
    String token = TestRealm.sign(logoutToken().audience("another-app").build(), signing);

    assertThat(tokens.verify(token).keycloakSession()).isEmpty();
  }

  @Test
  void anIdTokenCannotPassForALogoutToken() throws Exception {
    String idToken =
        TestRealm.sign(
            logoutToken().claim("nonce", "n-0S6").claim("events", null).build(), signing);

    assertThat(tokens.verify(idToken).keycloakSession()).isEmpty();
  }

  @Test
  void aTokenWithoutTheLogoutEventEndsNothing() throws Exception {
    String token =
        TestRealm.sign(
            logoutToken().claim("events", Map.of("urn:other", Map.of())).build(), signing);

    assertThat(tokens.verify(token).problem()).contains("logout event");
  }

  @Test
  void aTokenSignedByAKeyTheRealmDoesNotPublishEndsNothing() throws Exception {
    String forged = TestRealm.sign(logoutToken().build(), TestRealm.newKey("key-1"));

    assertThat(tokens.verify(forged).keycloakSession()).isEmpty();
  }

  @Test
  void aTokenFromAnotherRealmEndsNothing() throws Exception {
    String token =
        TestRealm.sign(logoutToken().issuer("http://127.0.0.1:1/realms/other").build(), signing);

    assertThat(tokens.verify(token).keycloakSession()).isEmpty();
  }
}
