package org.tacit.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

/**
 * The portal session never outlives what Keycloak grants (ASVS V3): a user moved out of a
 * department group, disabled, or signed out by an administrator loses the portal's access within
 * the access token's lifetime, because the portal refreshes its tokens at Keycloak when they run
 * out; and signing in gives a new session id. The realm's access tokens live 20 seconds here, so
 * that the test waits seconds, not the demo realm's five minutes.
 */
@ExtendWith(Portal.class)
class SessionFollowsKeycloakIT {

  private static final int TOKEN_SECONDS = 20;

  /** The token's lifetime, plus the round trips of signing in and polling. */
  private static final Duration WITHIN_TOKEN_LIFETIME = Duration.ofSeconds(TOKEN_SECONDS + 25);

  private final Portal portal = Portal.get();
  private KeycloakAdmin keycloak;
  private int demoLifespan;

  @BeforeEach
  void shortTokens() throws Exception {
    keycloak = KeycloakAdmin.signIn(portal);
    demoLifespan = keycloak.accessTokenLifespan();
    keycloak.setAccessTokenLifespan(TOKEN_SECONDS);
  }

  @AfterEach
  void demoTokens() throws Exception {
    keycloak.setAccessTokenLifespan(demoLifespan);
  }

  @Test
  void signingInGivesANewSessionId() throws Exception {
    try (Browser browser = new Browser(portal)) {
      browser.open("/app/");
      browser.waitForSignInForm();
      String before = portalSessionCookie(browser).orElseThrow();

      browser.fillSignInForm(DemoUser.HEDDA);
      browser.waitFor(By.id("user-name"));

      assertThat(browser.sessionCookie()).isPresent().get().isNotEqualTo(before);
    }
  }

  @Test
  void anEditorRemovedFromFinanceInKeycloakLosesFinanceWithinTheTokenLifetime() throws Exception {
    try (Browser browser = new Browser(portal)) {
      browser.signIn(DemoUser.HEDDA);
      assertThat(browser.text(By.id("user-departments"))).contains("FIN");
      try {
        keycloak.leaveGroup(DemoUser.HEDDA, "/departments/FIN");

        Instant removed = Instant.now();
        pollUntil(
            () -> {
              browser.open("/app/");
              return !browser.text(By.id("user-departments")).contains("FIN");
            },
            "hedda's header no longer names FIN");
        assertThat(Duration.between(removed, Instant.now())).isLessThan(WITHIN_TOKEN_LIFETIME);

        browser.open("/app/inventory/");
        assertThat(browser.texts(".tacit-department-tree .ui-treenode-label"))
            .noneSatisfy(label -> assertThat(label).contains("Finance"));
      } finally {
        keycloak.joinGroup(DemoUser.HEDDA, "/departments/FIN");
      }
    }
  }

  @Test
  void aUserDisabledInKeycloakIsSignedOutOfThePortalWithinTheTokenLifetime() throws Exception {
    try (Browser browser = new Browser(portal)) {
      browser.signIn(DemoUser.VIC);
      try {
        keycloak.setEnabled(DemoUser.VIC, false);

        pollUntil(
            () -> {
              browser.open("/app/");
              return browser.onKeycloak();
            },
            "vic is sent to Keycloak instead of the portal");
        browser.open("/app/reports/");
        assertThat(browser.onKeycloak()).isTrue();
      } finally {
        keycloak.setEnabled(DemoUser.VIC, true);
      }
    }
  }

  /**
   * Signed out at Keycloak (by an administrator here; the same for a sign-out in another
   * application): the portal session ends within the token's lifetime, at its next refresh at the
   * latest. Keycloak's back-channel logout usually ends it at once ({@code BackchannelLogout});
   * that path has its own unit tests, as the container does not always let it end a session at
   * once.
   */
  @Test
  void signingOutAtKeycloakEndsThePortalSession() throws Exception {
    try (Browser browser = new Browser(portal)) {
      browser.signIn(DemoUser.SAM);

      keycloak.signOut(DemoUser.SAM);

      pollUntil(
          () -> {
            browser.open("/app/");
            return browser.onKeycloak();
          },
          "sam is sent to Keycloak's sign-in");
      browser.waitForSignInForm();
    }
  }

  /**
   * Polls every second until {@code condition} holds, failing after the token's lifetime and some.
   */
  private static void pollUntil(Check condition, String what) throws Exception {
    pollUntil(condition, what, WITHIN_TOKEN_LIFETIME);
  }

  private static void pollUntil(Check condition, String what, Duration within) throws Exception {
    Instant deadline = Instant.now().plus(within);
    while (!condition.holds()) {
      if (Instant.now().isAfter(deadline)) {
        throw new AssertionError("Not within " + within.toSeconds() + " s: " + what);
      }
      java.util.concurrent.locks.LockSupport.parkNanos(Duration.ofSeconds(1).toNanos());
    }
  }

  @FunctionalInterface
  private interface Check {
    boolean holds() throws Exception;
  }

  /**
   * The portal's cookie, read while the browser is on Keycloak's page (another port, so not the
   * page's).
   */
  @SuppressWarnings("unchecked")
  private Optional<String> portalSessionCookie(Browser browser) {
    Map<String, Object> answer =
        browser.driver().executeCdpCommand("Network.getAllCookies", Map.of());
    return ((List<Map<String, Object>>) answer.get("cookies"))
        .stream()
            .filter(c -> "JSESSIONID".equals(c.get("name")) && "/tacit".equals(c.get("path")))
            .map(c -> (String) c.get("value"))
            .findFirst();
  }
}
