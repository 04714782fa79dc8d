package org.tacit.web.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class StartupSafetyTest {

  private static final String DEMO = "demo-only-tacit-portal-secret";
  private static final String REAL = "k8ZrT1x0-a-secret-from-the-operators-realm";
  private static final String LOCAL_IDP = "http://127.0.0.1:8180/realms/tacit";
  private static final String TLS_IDP = "https://sso.example.com/realms/tacit";

  @ParameterizedTest(name = "bind {0}, provider {1}, secret {2}: refused = {3}")
  @CsvSource({
    // where the portal listens, the identity provider, the client secret, refused?
    "127.0.0.1,         http://127.0.0.1:8180/realms/tacit,  DEMO, false",
    "127.0.1.1,         http://127.0.0.1:8180/realms/tacit,  DEMO, false",
    "::1,               http://[::1]:8180/realms/tacit,      DEMO, false",
    "0:0:0:0:0:0:0:1,   http://localhost:8180/realms/tacit,  DEMO, false",
    "localhost,         http://localhost:8180/realms/tacit,  DEMO, false",
    "LOCALHOST,         https://sso.example.com/realms/tacit, DEMO, false",
    "0.0.0.0,           http://127.0.0.1:8180/realms/tacit,  DEMO, true",
    "::,                http://127.0.0.1:8180/realms/tacit,  DEMO, true",
    "192.168.1.20,      https://sso.example.com/realms/tacit, DEMO, true",
    "10.0.0.7,          https://sso.example.com/realms/tacit, DEMO, true",
    "tacit.example.com, https://sso.example.com/realms/tacit, DEMO, true",
    "127.0.0.300,       https://sso.example.com/realms/tacit, DEMO, true",
    "'',                https://sso.example.com/realms/tacit, DEMO, true",
    "0.0.0.0,           https://sso.example.com/realms/tacit, REAL, false",
    "192.168.1.20,      https://sso.example.com/realms/tacit, REAL, false",
    "'',                https://sso.example.com/realms/tacit, REAL, false",
    "0.0.0.0,           http://127.0.0.1:8180/realms/tacit,  REAL, false",
    "0.0.0.0,           http://sso.example.com/realms/tacit,  REAL, true",
    "0.0.0.0,           http://192.168.1.30:8180/realms/tacit, REAL, true",
    "127.0.0.1,         http://192.168.1.30:8180/realms/tacit, DEMO, true",
    "127.0.0.1,         http://127.0.0.1.example.com/realms/tacit, DEMO, true",
    "127.0.0.1,         HTTP://sso.example.com/realms/tacit,  REAL, true",
    "0.0.0.0,           ftp://sso.example.com/realms/tacit,   REAL, true",
    "0.0.0.0,           sso.example.com/realms/tacit,         REAL, true",
  })
  void thePortalStartsOnlyWithSafeSettings(
      String bind, String provider, String secret, boolean refused) {
    List<String> refusals = StartupSafety.refusals(Optional.of(bind), provider, secret(secret));

    assertThat(refusals).as(String.join(" ", refusals)).hasSize(refused ? 1 : 0);
  }

  @Test
  void theDemoSecretOnTheNetworkIsRefusedNamingBothSettings() {
    List<String> refusals = StartupSafety.refusals(Optional.of("0.0.0.0"), LOCAL_IDP, DEMO);

    assertThat(refusals)
        .singleElement()
        .asString()
        .contains("TACIT_OIDC_CLIENT_SECRET", "public demo secret", "0.0.0.0", "TACIT_BIND_ADDRESS")
        .doesNotContain(DEMO);
  }

  @Test
  void anUnknownBindAddressCountsAsReachableFromOtherMachines() {
    assertThat(StartupSafety.refusals(Optional.empty(), TLS_IDP, DEMO))
        .singleElement()
        .asString()
        .contains("tacit.bind-address / TACIT_BIND_ADDRESS is not set");
    assertThat(StartupSafety.refusals(Optional.empty(), TLS_IDP, REAL)).isEmpty();
  }

  @Test
  void aMissingSecretIsRefusedLikeTheDemoOne() {
    assertThat(StartupSafety.refusals(Optional.of("0.0.0.0"), TLS_IDP, ""))
        .singleElement()
        .asString()
        .contains("is not set");
    assertThat(StartupSafety.refusals(Optional.of("0.0.0.0"), TLS_IDP, null)).hasSize(1);
  }

  @Test
  void aPlainHttpProviderElsewhereIsRefusedNamingTheSetting() {
    assertThat(
            StartupSafety.refusals(
                Optional.of("127.0.0.1"), "http://sso.example.com/realms/tacit", REAL))
        .singleElement()
        .asString()
        .contains(
            "TACIT_OIDC_PROVIDER_URI",
            "http://sso.example.com/realms/tacit",
            "plain HTTP",
            "https://");
  }

  @Test
  void bothProblemsAreReportedAtOnce() {
    assertThat(
            StartupSafety.refusals(
                Optional.of("0.0.0.0"), "http://sso.example.com/realms/tacit", DEMO))
        .hasSize(2);
  }

  @Test
  void theGuardStopsTheDeploymentWithTheReasons() {
    assertThatThrownBy(
            () -> UnsafeStartupGuard.refuseUnsafe(Optional.of("0.0.0.0"), LOCAL_IDP, DEMO))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("Tacit refuses to start")
        .hasMessageContaining("TACIT_BIND_ADDRESS");
  }

  @Test
  void theGuardLetsTheDemoStartOnLoopback() {
    UnsafeStartupGuard.refuseUnsafe(Optional.of("127.0.0.1"), LOCAL_IDP, DEMO);
  }

  private static String secret(String name) {
    return name.equals("DEMO") ? DEMO : REAL;
  }
}
