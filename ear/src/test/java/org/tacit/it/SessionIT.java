package org.tacit.it;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

@ExtendWith(Portal.class)
class SessionIT {

  private final Portal portal = Portal.get();

  @Test
  void anAjaxActionAfterTheSessionEndedLeadsBackToSignIn() throws Exception {
    try (Browser browser = new Browser(portal)) {
      browser.signIn(DemoUser.HEDDA);
      browser.waitFor(By.cssSelector("#headline, #figures-none")); // the figures have come

      // Both servers forget this browser, as after a long absence: the portal's session cookie
      // and Keycloak's single sign-on cookies are gone.
      browser.forgetAllCookies();
      // the home page's own AJAX request, which asks for the figures once the page shows
      browser.driver().executeScript("loadFigures();");

      browser.waitForSignInForm();
      assertThat(browser.onKeycloak()).isTrue();

      browser.fillSignInForm(DemoUser.HEDDA);
      assertThat(browser.text(By.id("user-name"))).isEqualTo(DemoUser.HEDDA.displayName());
      assertThat(browser.currentUrl().getPath()).startsWith("/tacit/app/");
    }
  }
}
