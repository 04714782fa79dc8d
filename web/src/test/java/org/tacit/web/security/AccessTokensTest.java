package org.tacit.web.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.PlainJWT;
import com.nimbusds.jwt.SignedJWT;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Access tokens of the integration API against a realm served on loopback: its discovery document,
 * its key set, and tokens signed (or forged) here.
 */
class AccessTokensTest {

  /** Short enough for a test to see the key set refreshed; the server uses minutes. */
  private static final RealmKeys.Timing QUICK =
      new RealmKeys.Timing(
          Duration.ofMillis(1500),
          Duration.ofMillis(200),
          Duration.ofMillis(100),
          Duration.ofSeconds(5),
          Duration.ofMillis(500));

  private TestRealm realm;
  private RealmKeys keys;
  private AccessTokens tokens;
  private static RSAKey signing;

  @BeforeAll
  static void aSigningKey() throws Exception {
    signing = TestRealm.newKey("key-1");
  }

  @BeforeEach
  void aRealmWithOneSigningKey() throws Exception {
    realm = new TestRealm();
    realm.publish(signing);
    keys = new RealmKeys(realm.issuer(), QUICK, Clock.systemUTC());
    tokens = new AccessTokens(realm.issuer(), "tacit-api", Set.of("tacit-api"), keys);
  }

  @AfterEach
  void closeTheRealm() throws Exception {
    keys.close();
    realm.close();
  }

  @Test
  void aGoodTokenIsAcceptedWithItsUsernameRolesAndDepartments() throws Exception {
    AccessTokens.Verified verified =
        tokens.verify(TestRealm.sign(realm.accessToken("hedda").build(), signing));

    assertThat(verified.problem()).isNull();
    assertThat(verified.token().username()).isEqualTo("hedda");
    assertThat(verified.token().groups()).containsExactly("hr-editor");
    assertThat(verified.token().departmentGroups()).containsExactly("/departments/FIN");
  }

  @Test
  void anUnsignedTokenWithAlgorithmNoneIsRefused() {
    String unsigned = new PlainJWT(realm.accessToken("hedda").build()).serialize();

    assertRefused(tokens.verify(unsigned), "Unsecured");
  }

  @Test
  void aTokenSignedWithHmacUsingTheRealmsPublicKeyAsSecretIsRefused() throws Exception {
    SignedJWT forged =
        new SignedJWT(
            new JWSHeader.Builder(JWSAlgorithm.HS256).keyID("key-1").build(),
            realm.accessToken("hedda").build());
    forged.sign(new MACSigner(signing.toRSAPublicKey().getEncoded()));

    assertRefused(tokens.verify(forged.serialize()), "Another algorithm expected");
  }

  @Test
  void aTokenWhoseClaimsWereChangedAfterSigningIsRefused() throws Exception {
    String[] parts = TestRealm.sign(realm.accessToken("hedda").build(), signing).split("\\.");
    String widened =
        new PlainJWT(realm.accessToken("hedda").claim("groups", List.of("tacit-admin")).build())
            .serialize()
            .split("\\.")[1];

    assertRefused(tokens.verify(parts[0] + "." + widened + "." + parts[2]), "Invalid signature");
  }

  @Test
  void anExpiredTokenIsRefusedAndNamesItsOwner() throws Exception {
    Instant anHourAgo = Instant.now().minusSeconds(3600);
    JWTClaimsSet expired =
        realm
            .accessToken("hedda")
            .issueTime(Date.from(anHourAgo))
            .expirationTime(Date.from(anHourAgo.plusSeconds(300)))
            .build();

    AccessTokens.Verified verified = tokens.verify(TestRealm.sign(expired, signing));

    assertRefused(verified, "Expired");
    assertThat(verified.username())
        .as("the realm signed it, so its owner is known")
        .isEqualTo("hedda");
  }

  @Test
  void aTokenJustPastItsExpiryIsStillAcceptedWithinTheClockLeeway() throws Exception {
    JWTClaimsSet justExpired =
        realm.accessToken("hedda").expirationTime(Date.from(Instant.now().minusSeconds(5))).build();

    assertThat(tokens.verify(TestRealm.sign(justExpired, signing)).isAccepted()).isTrue();
  }

  @Test
  void aTokenNotValidYetIsRefused() throws Exception {
    JWTClaimsSet later =
        realm.accessToken("hedda").notBeforeTime(Date.from(Instant.now().plusSeconds(600))).build();

    assertRefused(tokens.verify(TestRealm.sign(later, signing)), "before use time");
  }

  @Test
  void aTokenFromAnotherIssuerIsRefused() throws Exception {
    JWTClaimsSet otherRealm =
        realm.accessToken("hedda").issuer(realm.issuer().replace("/tacit", "/other")).build();

    assertRefused(tokens.verify(TestRealm.sign(otherRealm, signing)), "issued by another realm");
  }

  @Test
  void aTokenForAnotherAudienceIsRefused() throws Exception {
    JWTClaimsSet forAccountConsole = realm.accessToken("hedda").audience("account").build();
    JWTClaimsSet forNobody = realm.accessToken("hedda").audience((String) null).build();

    assertRefused(
        tokens.verify(TestRealm.sign(forAccountConsole, signing)), "not meant for this API");
    assertRefused(tokens.verify(TestRealm.sign(forNobody, signing)), "not meant for this API");
  }

  @Test
  void anIdTokenIsRefused() throws Exception {
    JWTClaimsSet idToken = realm.accessToken("hedda").claim("typ", "ID").build();

    assertRefused(tokens.verify(TestRealm.sign(idToken, signing)), "not an access token");
  }

  @Test
  void aTokenIssuedToAClientTheApiDoesNotAcceptIsRefused() throws Exception {
    JWTClaimsSet portalToken = realm.accessToken("hedda").claim("azp", "some-other-client").build();

    assertRefused(
        tokens.verify(TestRealm.sign(portalToken, signing)), "a client the API does not accept");
  }

  @Test
  void aTokenSignedByAKeyTheRealmNeverPublishedIsRefusedAfterFetchingTheKeySetAgain()
      throws Exception {
    // The server's timing: no refresh of the cache falls into this test
    try (RealmKeys serverKeys =
        new RealmKeys(realm.issuer(), RealmKeys.Timing.DEFAULT, Clock.systemUTC())) {
      AccessTokens server =
          new AccessTokens(realm.issuer(), "tacit-api", Set.of("tacit-api"), serverKeys);
      String unknown =
          TestRealm.sign(realm.accessToken("hedda").build(), TestRealm.newKey("key-unknown"));
      assertThat(
              server
                  .verify(TestRealm.sign(realm.accessToken("hedda").build(), signing))
                  .isAccepted())
          .isTrue();
      int fetches = realm.keySetFetches();

      AccessTokens.Verified verified = server.verify(unknown);

      assertRefused(verified, "no matching key");
      assertThat(verified.username()).as("an unverified name is not repeated").isNull();
      assertThat(realm.keySetFetches())
          .as("an unknown key id makes the key set be fetched again")
          .isEqualTo(fetches + 1);
      server.verify(unknown);
      assertThat(realm.keySetFetches()).as("but not on every such token").isEqualTo(fetches + 1);
    }
  }

  @Test
  void aKeyTheRealmRotatedInIsTrustedAtItsFirstToken() throws Exception {
    assertThat(
            tokens.verify(TestRealm.sign(realm.accessToken("hedda").build(), signing)).isAccepted())
        .isTrue();
    RSAKey rotated = TestRealm.newKey("key-2");
    realm.publish(rotated);

    assertThat(
            tokens.verify(TestRealm.sign(realm.accessToken("hedda").build(), rotated)).isAccepted())
        .isTrue();
  }

  @Test
  void aKeyTheRealmRemovedIsRefusedOnceTheKeySetIsRefreshed() throws Exception {
    String token = TestRealm.sign(realm.accessToken("hedda").build(), signing);
    assertThat(tokens.verify(token).isAccepted()).isTrue();

    realm.publish(TestRealm.newKey("key-2"));
    realm.withdraw(signing);

    Instant deadline = Instant.now().plusSeconds(15);
    AccessTokens.Verified verified = tokens.verify(token);
    while (verified.isAccepted() && Instant.now().isBefore(deadline)) {
      Thread.onSpinWait();
      verified = tokens.verify(token);
    }
    assertRefused(verified, "no matching key");
  }

  @Test
  void somethingThatIsNoJwtIsRefused() {
    assertRefused(tokens.verify("not-a-token"), "not a JWT");
  }

  @Test
  void whenTheRealmCannotBeReachedTokensAreRefusedNotBelieved() throws Exception {
    String token = TestRealm.sign(realm.accessToken("hedda").build(), signing);
    realm.close();

    assertRefused(tokens.verify(token), "signing keys could not be read");
  }

  private static void assertRefused(AccessTokens.Verified verified, String reason) {
    assertThat(verified.isAccepted()).as("refused").isFalse();
    assertThat(verified.problem()).containsIgnoringCase(reason);
  }
}
