package org.tacit.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

@ExtendWith(Portal.class)
class SignInIT {

  private final Portal portal = Portal.get();

  @Test
  void anUnauthenticatedRequestIsRedirectedToKeycloak() throws Exception {
    HttpResponse<String> response = Http.get(portal.url("/app/"));

    assertThat(response.statusCode()).isEqualTo(302);
    assertThat(response.headers().firstValue("Location"))
        .hasValueSatisfying(
            location ->
                assertThat(location)
                    .startsWith(
                        portal.keycloakOrigin() + "/realms/tacit/protocol/openid-connect/auth")
                    .contains("client_id=tacit-portal"));
  }

  /**
   * Keycloak sends a browser back to a server that did not start its sign-in, as after a failover
   * (ClusterIT; the fault run): the portal starts the sign-in again from the start page instead of
   * answering 500.
   */
  @Test
  void aSignInReturningToAServerThatDidNotStartItBeginsAgainFromTheStartPage() throws Exception {
    HttpResponse<String> response =
        Http.get(portal.url("/callback?state=" + UUID.randomUUID() + "&code=started-elsewhere"));

    assertThat(response.statusCode()).as(response.body()).isEqualTo(302);
    assertThat(response.headers().firstValue("Location"))
        .hasValueSatisfying(location -> assertThat(location).endsWith("/tacit/app/"));
  }

  @Test
  void theLandingPageIsPublic() throws Exception {
    HttpResponse<String> response = Http.get(portal.url("/"));

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.body()).contains("id=\"sign-in\"");
  }

  @ParameterizedTest
  @EnumSource(DemoUser.class)
  void eachDemoUserSignsInThroughKeycloakAndSeesTheNavigationOfTheirRole(DemoUser user)
      throws Exception {
    try (Browser browser = new Browser(portal)) {
      browser.open("/app/");
      assertThat(browser.onKeycloak()).as("sent to Keycloak's sign-in form").isTrue();

      browser.fillSignInForm(user);

      assertThat(browser.text(By.id("user-name"))).isEqualTo(user.displayName());
      assertThat(browser.text(By.id("user-roles"))).isEqualTo(user.roleLabel());
      assertThat(browser.text(By.id("user-departments"))).isEqualTo(user.departments());
      List<String> navigation =
          browser.driver().findElements(By.cssSelector("#main-nav a")).stream()
              .map(WebElement::getText)
              .map(String::strip)
              .toList();
      assertThat(navigation).containsExactlyElementsOf(user.navigation());
      browser.screenshot("home-" + user.username());
    }
  }

  @Test
  void signingOutEndsBothThePortalAndTheKeycloakSession() throws Exception {
    try (Browser browser = new Browser(portal)) {
      browser.signIn(DemoUser.SAM);

      browser.waitFor(By.id("sign-out-form:sign-out")).click();

      assertThat(browser.text(By.id("signed-out"))).contains("signed out");
      browser.open("/app/");
      assertThat(browser.waitForSignInForm().isDisplayed())
          .as("Keycloak asks for the password again instead of signing in silently")
          .isTrue();
      assertThat(browser.onKeycloak()).isTrue();
    }
  }
}
