package org.tacit.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

/**
 * The rule sets page: everyone in the Assessment area reads the version in use, administrators
 * draft, preview, publish or discard the next one; and the run comparison page without runs to
 * compare.
 *
 * <p>All test classes share one server and one database, and a published version can never be
 * removed. So the drafts with changed numbers are discarded, and the one test that publishes
 * publishes the numbers already in use (only the note differs): every score stays as it was, only
 * the version number in use goes up by one. Other tests must therefore read the version in use
 * rather than assume it is 1.
 */
@ExtendWith(Portal.class)
class RuleSetIT {

  private static final Pattern VERSION = Pattern.compile("Version (\\d+)");

  private final Portal portal = Portal.get();

  @Test
  void anAdminDraftsNewNumbersPreviewsTheirEffectAndDiscardsThemWhileTheVersionInUseStays()
      throws Exception {
    try (Browser browser = new Browser(portal)) {
      browser.signIn(DemoUser.ADA);
      int inUse = freshDraft(browser);

      setNumber(browser, "draft-form:weight-AUTO-DIGITAL", "9");
      setNumber(
          browser, "draft-form:readiness-threshold", "0"); // every scored task is now ready for AI
      browser.driver().findElement(By.id("draft-form:preview-draft")).click();
      browser.waitForMessage("Draft saved; its effect is shown below.");

      int tasks = number(browser.text(By.id("preview-tasks")));
      int changing = number(browser.text(By.id("preview-changing")));
      assertThat(tasks).isPositive();
      assertThat(changing)
          .isPositive()
          .isLessThanOrEqualTo(tasks); // the demo company has tasks low on A under v1
      assertThat(browser.driver().findElements(By.cssSelector("#preview-matrix tbody tr")))
          .isNotEmpty();
      assertThat(
              browser
                  .driver()
                  .findElements(
                      By.cssSelector("[id='draft-form:preview-roles_data'] a.role-title")))
          .isNotEmpty();
      browser.screenshot("rule-set-preview-ada");

      browser.driver().findElement(By.id("draft-form:discard-draft")).click();
      browser.waitFor(By.id("confirm-yes")).click();
      browser.waitForMessage("Draft discarded");
      browser.waitFor(By.id("draft-form:start-draft"));
      assertThat(shownVersion(browser)).isEqualTo(inUse);
      assertThat(browser.texts(".rule-weight")).contains("3"); // AUTO-DIGITAL and others as in use
      assertThat(browser.driver().findElements(By.cssSelector("#versions .tacit-status-draft")))
          .isEmpty();
    }
  }

  @Test
  void publishingADraftPutsTheNextVersionInUse() throws Exception {
    try (Browser browser = new Browser(portal)) {
      browser.signIn(DemoUser.ADA);
      int inUse = freshDraft(browser);
      String note = "Republished unchanged by RuleSetIT " + System.nanoTime();
      WebElement noteField = browser.driver().findElement(By.id("draft-form:draft-note"));
      noteField.clear();
      noteField.sendKeys(note);

      browser.driver().findElement(By.id("draft-form:publish-draft")).click();
      browser.waitFor(By.id("confirm-yes")).click();
      browser.waitForMessage("Version " + (inUse + 1) + " is published");

      browser.waitUntil("the page shows the new version", () -> shownVersion(browser) == inUse + 1);
      assertThat(browser.text(By.id("shown-version"))).contains("in use");
      assertThat(browser.text(By.id("shown-provenance")))
          .contains("Published by ada")
          .contains(note);
      browser.driver().navigate().refresh(); // stored, not only shown
      assertThat(shownVersion(browser)).isEqualTo(inUse + 1);
      assertThat(browser.driver().findElements(By.id("version-" + inUse))).isNotEmpty();
      browser.screenshot("rule-set-published-ada");
    }
  }

  @Test
  void whenTwoAdminsChangeTheSameDraftTheSecondIsToldAndNothingIsOverwritten() throws Exception {
    try (Browser first = new Browser(portal);
        Browser second = new Browser(portal)) {
      first.signIn(DemoUser.ADA);
      second.signIn(DemoUser.ADA);
      freshDraft(first);
      second.open("/app/assessment/rules.xhtml");
      second.waitFor(By.id("draft-form:save-draft"));

      setNumber(first, "draft-form:weight-LEARN-TRUST", "4");
      first.driver().findElement(By.id("draft-form:save-draft")).click();
      first.waitForMessage("Draft saved.");

      setNumber(second, "draft-form:weight-LEARN-TRUST", "5");
      second.driver().findElement(By.id("draft-form:save-draft")).click();
      String warning = second.waitForMessage("Someone else changed the draft meanwhile");
      assertThat(warning).contains("not saved");
      second.waitUntil(
          "the editor shows the stored draft",
          () -> value(second, "draft-form:weight-LEARN-TRUST").startsWith("4"));
      second.screenshot("rule-set-conflict-ada");

      first.driver().findElement(By.id("draft-form:discard-draft")).click();
      first.waitFor(By.id("confirm-yes")).click();
      first.waitForMessage("Draft discarded");
    }
  }

  @Test
  void anEditorReadsTheRuleSetInUseButIsOfferedNoDraft() throws Exception {
    try (Browser browser = new Browser(portal)) {
      browser.signIn(DemoUser.HEDDA);
      browser.open("/app/assessment/rules.xhtml");

      assertThat(browser.texts("#rules_data .rule-id"))
          .hasSize(13)
          .contains("LEARN-TACIT", "AUTO-DIGITAL");
      assertThat(browser.text(By.id("thresholds")))
          .contains("High learning need")
          .contains("High automation readiness");
      assertThat(browser.text(By.id("shown-version"))).contains("in use");
      assertThat(browser.text(By.id("rules-explained"))).contains("weights are relative");
      assertThat(browser.driver().findElements(By.id("draft-form"))).isEmpty();
      assertThat(browser.driver().findElements(By.id("draft-form:start-draft"))).isEmpty();
      browser.screenshot("rule-set-hedda");
    }
  }

  @Test
  void theComparisonPageWithoutRunsOrWithUnknownRunsSaysSoAndLeadsBack() throws Exception {
    try (Browser browser = new Browser(portal)) {
      browser.signIn(DemoUser.HEDDA);
      browser.open("/app/assessment/compare.xhtml");
      assertThat(browser.text(By.id("no-comparison"))).contains("No two runs were chosen");
      assertThat(browser.waitFor(By.id("back-to-assessment")).getAttribute("href"))
          .endsWith("/app/assessment/");
      assertThat(browser.driver().findElements(By.id("pick-form:compare"))).isNotEmpty();

      browser.open("/app/assessment/compare.xhtml?earlier=999999998&later=999999999");
      assertThat(browser.text(By.id("no-comparison")))
          .contains("There is no assessment run 999999998");
      assertThat(browser.driver().findElements(By.id("comparison-changes"))).isEmpty();
    }
  }

  /**
   * Opens the rule sets page with a draft that has the numbers in use: one left by an earlier,
   * failed test is discarded first. Returns the version in use.
   */
  private static int freshDraft(Browser browser) {
    browser.open("/app/assessment/rules.xhtml");
    browser.waitFor(By.id("draft-section"));
    if (browser.driver().findElements(By.id("draft-form:discard-draft")).stream()
        .anyMatch(WebElement::isDisplayed)) {
      browser.driver().findElement(By.id("draft-form:discard-draft")).click();
      browser.waitFor(By.id("confirm-yes")).click();
      browser.waitForMessage("Draft discarded");
    }
    int inUse = shownVersion(browser);
    browser.waitFor(By.id("draft-form:start-draft")).click();
    browser.waitForMessage("Draft version " + (inUse + 1) + " started");
    browser.waitFor(By.id("draft-form:save-draft"));
    return inUse;
  }

  private static int shownVersion(Browser browser) {
    Matcher matcher = VERSION.matcher(browser.text(By.id("shown-version")));
    return matcher.find() ? Integer.parseInt(matcher.group(1)) : -1;
  }

  /** Types into a p:inputNumber, whose visible field is {@code <id>_input}. */
  private static void setNumber(Browser browser, String id, String number) {
    // Select and overtype, as a person does: the number widget refuses being emptied by script
    // (clear())
    WebElement input = browser.waitFor(By.id(id + "_input"));
    input.sendKeys(Keys.chord(Keys.CONTROL, "a"), number, Keys.TAB);
  }

  private static String value(Browser browser, String id) {
    return browser.driver().findElement(By.id(id + "_input")).getAttribute("value");
  }

  private static int number(String shown) {
    return Integer.parseInt(shown.replaceAll("[^0-9]", ""));
  }
}
