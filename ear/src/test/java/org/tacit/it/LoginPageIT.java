package org.tacit.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;

/**
 * The sign-in page is the company portal's, not Keycloak's default: the realm's login theme
 * (config/keycloak/themes/tacit) says "Tacit" in the portal's header bar, in English or German as
 * the browser asks, fits a small laptop screen, loads everything from Keycloak itself, and still
 * signs people in. The screenshots (target/screenshots/h2/login-page*.png) are for a person to look
 * at.
 */
@ExtendWith(Portal.class)
class LoginPageIT {

  private final Portal portal = Portal.get();

  @Test
  void theSignInPageWearsTacitsLookAndFetchesNothingFromAnotherOrigin() throws Exception {
    try (Browser browser = new Browser(portal)) {
      browser.driver().manage().window().setSize(new Dimension(1366, 768));
      browser.open("/app/");
      browser.waitForSignInForm();

      assertThat(browser.onKeycloak()).as("sent to Keycloak's sign-in form").isTrue();
      assertThat(browser.text(By.id("kc-header-wrapper"))).isEqualTo("Tacit");
      assertThat(browser.driver().getTitle()).isEqualTo("Sign in · Tacit");
      assertThat(browser.text(By.id("kc-page-title")))
          .isEqualTo("Sign in with your company account");
      assertThat(stylesheets(browser))
          .anyMatch(
              href ->
                  href.startsWith(portal.keycloakOrigin() + "/resources/")
                      && href.endsWith("/login/tacit/css/tacit.css"));
      assertThat(addressesOnThePage(browser))
          .as("every src, href and form action of the page")
          .isNotEmpty()
          .allMatch(this::onKeycloak);
      assertThat(loadedResources(browser))
          .as("everything the page loaded, fonts and pictures of its stylesheets too")
          .isNotEmpty()
          .allMatch(this::onKeycloak);
      assertThat(bottomOfTheSignInButton(browser))
          .as("the sign-in button shows without scrolling on a 1366 x 768 screen")
          .isLessThanOrEqualTo(windowHeight(browser));
      browser.screenshot("login-page");

      browser.fillSignInForm(DemoUser.SAM);

      assertThat(browser.text(By.id("user-name"))).isEqualTo(DemoUser.SAM.displayName());
    }
  }

  @Test
  void aWrongPasswordIsToldInTheSameLook() throws Exception {
    try (Browser browser = new Browser(portal)) {
      browser.open("/app/");
      browser.waitForSignInForm();
      browser.driver().findElement(By.id("username")).sendKeys(DemoUser.VIC.username());
      browser.driver().findElement(By.id("password")).sendKeys("not-the-password");
      browser.driver().findElement(By.id("kc-login")).click();

      assertThat(browser.text(By.id("input-error-username"))).contains("Invalid");
      assertThat(browser.text(By.id("kc-header-wrapper"))).isEqualTo("Tacit");
      browser.screenshot("login-page-wrong-password");

      browser.driver().findElement(By.id("password")).sendKeys(DemoUser.PASSWORD);
      browser.driver().findElement(By.id("kc-login")).click();
      assertThat(browser.text(By.id("user-name"))).isEqualTo(DemoUser.VIC.displayName());
    }
  }

  @Test
  void aGermanBrowserGetsTheSignInPageInGerman() throws Exception {
    try (Browser browser = new Browser(portal, "de-DE")) {
      browser.driver().manage().window().setSize(new Dimension(1366, 768));
      browser.open("/app/");
      browser.waitForSignInForm();

      assertThat(browser.text(By.id("kc-header-wrapper"))).isEqualTo("Tacit");
      assertThat(browser.driver().getTitle()).isEqualTo("Anmelden · Tacit");
      assertThat(browser.text(By.id("kc-page-title"))).isEqualTo("Mit dem Firmenkonto anmelden");
      assertThat(browser.text(By.id("kc-login"))).isEqualTo("Anmelden");
      assertThat(browser.text(By.id("tacit-footer"))).contains("Lernbedarf");
      browser.screenshot("login-page-de");

      browser.fillSignInForm(DemoUser.HEDDA);

      assertThat(browser.text(By.id("user-name"))).isEqualTo(DemoUser.HEDDA.displayName());
    }
  }

  private boolean onKeycloak(String address) {
    return address.startsWith(portal.keycloakOrigin() + "/");
  }

  @SuppressWarnings("unchecked")
  private static List<String> stylesheets(Browser browser) {
    return (List<String>)
        browser
            .driver()
            .executeScript(
                "return Array.from(document.querySelectorAll('link[rel=stylesheet]'))"
                    + ".map(l => l.href);");
  }

  /** Every address the page's markup names, made absolute the way the browser reads it. */
  @SuppressWarnings("unchecked")
  private static List<String> addressesOnThePage(Browser browser) {
    return (List<String>)
        browser
            .driver()
            .executeScript(
                "return Array.from(document.querySelectorAll('[src], [href], form[action]'))"
                    + ".flatMap(e => ['src', 'href', 'action']"
                    + ".filter(a => e.hasAttribute(a))"
                    + ".map(a => new URL(e.getAttribute(a), document.baseURI).href));");
  }

  /** What the browser actually fetched for the page, as its Resource Timing lists it. */
  @SuppressWarnings("unchecked")
  private static List<String> loadedResources(Browser browser) {
    return (List<String>)
        browser
            .driver()
            .executeScript(
                "return performance.getEntriesByType('resource').map(r => r.name)"
                    + ".concat([location.href]);");
  }

  private static long bottomOfTheSignInButton(Browser browser) {
    return ((Number)
            browser
                .driver()
                .executeScript(
                    "return document.getElementById('kc-login').getBoundingClientRect().bottom;"))
        .longValue();
  }

  private static long windowHeight(Browser browser) {
    return ((Number) browser.driver().executeScript("return window.innerHeight;")).longValue();
  }
}
