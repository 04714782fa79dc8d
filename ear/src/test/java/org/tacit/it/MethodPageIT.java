package org.tacit.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

/**
 * The Method page: docs/method.md in the portal for every signed-in role, its sections anchored and
 * listed, the rule set in use read live at the weights, and the "see the method" links landing on
 * their section.
 */
@ExtendWith(Portal.class)
class MethodPageIT {

  private static final List<String> SECTIONS =
      List.of(
          "how-a-score-is-computed",
          "the-rules-of-version-1",
          "from-scores-to-a-realistic-substitution-estimate",
          "evidence-on-onet-270");

  private final Portal portal = Portal.get();

  @Test
  void aViewerReadsTheMethodWithItsSectionsAndTheRuleSetInUse() throws Exception {
    try (Browser browser = new Browser(portal)) {
      browser.signIn(DemoUser.VIC);
      browser.driver().findElement(By.id("nav-method")).click();

      assertThat(browser.text(By.cssSelector("h1.tacit-page-title"))).isEqualTo("The method");
      for (String section : SECTIONS) {
        assertThat(browser.driver().findElements(By.cssSelector("#method-text h2#" + section)))
            .as("section %s", section)
            .hasSize(1);
        assertThat(
                browser
                    .driver()
                    .findElements(By.cssSelector("#method-contents a[href='#" + section + "']")))
            .as("contents entry of %s", section)
            .hasSize(1);
      }
      assertThat(browser.texts("#method-contents li"))
          .contains(
              "How a score is computed",
              "The rules of version 1",
              "From scores to a realistic substitution estimate",
              "Evidence on O*NET 27.0");
      assertThat(browser.driver().findElements(By.id("method-language"))).isEmpty();
      browser.screenshot("method-top-vic");

      String inUse = browser.text(By.id("live-rule-set-version"));
      assertThat(inUse).matches("Rule set version \\d+ is in use");
      assertThat(browser.texts("#rules .rule-id")).contains("LEARN-TACIT", "AUTO-PHYSICAL");
      assertThat(browser.texts("#rules .rule-weight")).allMatch(w -> w.matches("\\d+(\\.\\d+)?"));
      assertThat(browser.text(By.id("learning-need-threshold"))).isNotBlank();
      assertThat(
              (Boolean)
                  browser
                      .driver()
                      .executeScript(
                          "const heading = document.getElementById("
                              + "'weights-and-thresholds-of-version-1');"
                              + " return heading.nextElementSibling.id === 'live-rule-set';"))
          .as("the live rule set stands right under the weights' heading")
          .isTrue();
      scrollTo(browser, "live-rule-set");
      browser.screenshot("method-live-rules-vic");

      assertThat(pageWiderThanWindow(browser)).as("nothing runs past the window").isFalse();
      scrollTo(browser, "evidence-on-onet-270");
      browser.screenshot("method-evidence-vic");
      scrollTo(browser, "the-assumptions-their-defaults-and-sources");
      browser.screenshot("method-assumptions-vic");
    }
  }

  @Test
  void theRuleSetPagesMethodLinkLandsOnTheRulesSection() throws Exception {
    try (Browser browser = new Browser(portal)) {
      browser.signIn(DemoUser.HEDDA);
      browser.open("/app/assessment/rules.xhtml");
      assertThat(browser.text(By.id("rules-explained"))).doesNotContain("docs/method.md");

      browser.waitFor(By.id("method-link")).click();

      browser.waitFor(By.id("method-text"));
      assertThat(browser.currentUrl().getPath()).endsWith("/app/method/");
      assertThat(browser.currentUrl().getFragment()).isEqualTo("the-rules-of-version-1");
      assertThat(
              (Boolean)
                  browser
                      .driver()
                      .executeScript(
                          "const top = document.getElementById('the-rules-of-version-1')"
                              + ".getBoundingClientRect().top; return top >= 0 && top < 200;"))
          .as("the browser shows the rules' section at the top")
          .isTrue();
      browser.screenshot("method-from-rules-hedda");
    }
  }

  @Test
  void aGermanReaderIsToldTheMethodIsWrittenInEnglish() throws Exception {
    try (Browser browser = new Browser(portal, "de")) {
      browser.signIn(DemoUser.SAM);
      browser.open("/app/method/");

      assertThat(browser.text(By.id("method-language")))
          .isEqualTo("Die Methode ist auf Englisch beschrieben.");
      assertThat(browser.text(By.id("live-rule-set-version")))
          .matches("Regelwerk Version \\d+ ist in Gebrauch");
      assertThat(browser.text(By.id("nav-method"))).isEqualTo("Methode");
      browser.screenshot("method-top-sam-de");
    }
  }

  @Test
  void signedOutTheMethodPageSendsToTheSignIn() throws Exception {
    HttpResponse<String> response = Http.get(portal.url("/app/method/"));

    assertThat(response.statusCode()).isEqualTo(302);
    assertThat(response.body()).doesNotContain("How a score is computed");
  }

  private static void scrollTo(Browser browser, String id) {
    browser.driver().executeScript("document.getElementById(arguments[0]).scrollIntoView();", id);
  }

  private static boolean pageWiderThanWindow(Browser browser) {
    return (Boolean)
        browser
            .driver()
            .executeScript("return document.documentElement.scrollWidth > window.innerWidth;");
  }
}
