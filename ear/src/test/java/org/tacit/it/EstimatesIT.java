package org.tacit.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;

/**
 * The O*NET estimates a role is scored with, on its page: shown as ≈ with their source, confirmed
 * by an editor of the department one task or the whole role at a time, and the confidence rising.
 * Uses the demo's payroll clerk (O*NET-linked, no answers given), which no other test changes.
 */
@ExtendWith(Portal.class)
class EstimatesIT {

  private static final String TASKS = "[id='role-form:tasks_data']";

  private final Portal portal = Portal.get();

  @Test
  void anEditorSeesTheEstimatesWithTheirSourceConfirmsATaskThenTheRoleAndTheConfidenceRises()
      throws Exception {
    try (Browser browser = new Browser(portal)) {
      browser.signIn(DemoUser.HEDDA);
      int restingBefore = restingOnEstimates(browser);
      openRole(browser, "FIN", "Payroll clerk");
      int clerkTasks = browser.texts(TASKS + " .task-statement").size();

      // The grid that used to be blank shows the estimates the scores use, each with where it comes
      // from
      List<WebElement> estimates = estimates(browser);
      assertThat(estimates)
          .hasSizeGreaterThan(20)
          .allSatisfy(e -> assertThat(e.getText()).startsWith("≈"));
      WebElement learning =
          browser
              .driver()
              .findElement(By.cssSelector(TASKS + " .tacit-estimated[data-fact='tacit_context']"));
      new Actions(browser.driver()).moveToElement(learning).perform();
      assertThat(learning.getAttribute("title"))
          .startsWith("Estimated from O*NET")
          .contains("Payroll and Timekeeping Clerks (43-3051.00)")
          .contains("importance of Active Learning");
      browser.screenshot("estimates-role-hedda");
      int confidence = confidence(browser);
      String first = browser.texts(TASKS + " .task-statement").get(0);
      int taskConfidence = taskConfidence(browser, first);

      firstRow(browser).findElement(By.cssSelector("button[id$=':confirm-task']")).click();
      browser.waitForMessage("The task's estimates are confirmed.");
      browser.waitUntil("the task shows no estimate", () -> estimatesIn(browser, first) == 0);
      assertThat(estimates(browser)).isNotEmpty(); // the other tasks keep theirs
      browser.waitUntil(
          "the task's confidence rises", () -> taskConfidence(browser, first) > taskConfidence);
      int afterTask = confidence(browser);
      assertThat(afterTask).isGreaterThanOrEqualTo(confidence);

      browser.driver().findElement(By.id("role-form:confirm-role")).click();
      browser.waitFor(By.id("confirm-yes")).click();
      browser.waitForMessage("Every estimate of this role is confirmed.");
      browser.waitUntil("no estimate is left", () -> estimates(browser).isEmpty());
      assertThat(browser.driver().findElements(By.id("role-form:confirm-role"))).isEmpty();
      assertThat(confidence(browser)).isGreaterThan(afterTask);
      assertThat(browser.texts("[id='role-form:scores_data'] .tacit-estimated"))
          .allSatisfy(t -> assertThat(t).isEmpty());
      browser.screenshot("estimates-confirmed-hedda");

      browser
          .driver()
          .findElement(By.cssSelector("#role-form\\:history .ui-panel-titlebar-icon"))
          .click();
      browser.waitUntil(
          "the history has opened",
          () ->
              browser
                  .text(By.id("role-form:history-table"))
                  .contains("confirmed · every estimate of the role"));
      assertThat(browser.text(By.id("role-form:history-table")))
          .contains("confirmed · " + first)
          .contains("hedda");

      // The Assessment page's filter: the clerk's tasks no longer rest on estimates, the others'
      // still do
      int restingAfter = restingOnEstimates(browser);
      assertThat(restingAfter).isEqualTo(restingBefore - clerkTasks).isPositive();
      browser
          .driver()
          .findElement(By.cssSelector("[id='assessment-form:only-estimated'] .ui-chkbox-box"))
          .click();
      browser.waitUntil(
          "only the tasks resting on estimates are shown",
          () -> shownTasks(browser) == restingAfter);
      browser.screenshot("estimates-assessment-filter-hedda");
    }
  }

  @Test
  void aViewerSeesTheEstimatesAndTheirSourceButCannotConfirmThem() throws Exception {
    try (Browser browser = new Browser(portal)) {
      browser.signIn(DemoUser.VIC);
      openRole(browser, "OPS", "Logistician");

      assertThat(estimates(browser))
          .isNotEmpty()
          .allSatisfy(e -> assertThat(e.getAttribute("title")).contains("O*NET"));
      assertThat(browser.driver().findElements(By.id("role-form:confirm-role"))).isEmpty();
      assertThat(browser.driver().findElements(By.cssSelector(TASKS + " .tacit-confirm-answer")))
          .isEmpty();
      assertThat(
              browser.driver().findElements(By.cssSelector(TASKS + " button[id$=':confirm-task']")))
          .isEmpty();
      browser.screenshot("estimates-role-vic");
    }
  }

  /**
   * Opens the Assessment page on Finance and reads how many tasks its filter says rest on
   * estimates.
   */
  private static int restingOnEstimates(Browser browser) {
    browser.open("/app/assessment/?department=FIN");
    return Integer.parseInt(
        browser.text(By.id("assessment-form:only-estimated")).replaceAll("\\D", ""));
  }

  /** The tasks the Assessment page shows, counted on its class tiles (the table pages). */
  private static int shownTasks(Browser browser) {
    return browser.texts(".tacit-tile-count").stream()
        .mapToInt(t -> Integer.parseInt(t.replaceAll("\\D", "")))
        .sum();
  }

  private static void openRole(Browser browser, String department, String title) {
    browser.open("/app/inventory/?department=" + department);
    browser.waitFor(By.xpath("//a[@class='role-title' and text()='" + title + "']")).click();
    browser.waitFor(By.id("role-form:tasks"));
  }

  private static List<WebElement> estimates(Browser browser) {
    return browser.driver().findElements(By.cssSelector(TASKS + " .tacit-estimated"));
  }

  private static WebElement firstRow(Browser browser) {
    return browser.waitFor(By.cssSelector(TASKS + " > tr:first-child"));
  }

  private static long estimatesIn(Browser browser, String statement) {
    return (Long)
        browser
            .driver()
            .executeScript(
                "for (const row of document.querySelectorAll(\""
                    + TASKS.replace("\"", "\\\"")
                    + " > tr\")) {  const s = row.querySelector('.task-statement');  if (s &&"
                    + " s.textContent.trim() === arguments[0]) return"
                    + " row.querySelectorAll('.tacit-estimated').length;}return -1;",
                statement);
  }

  /** A task's confidence in the role's scores table, in per cent; -1 while it is not shown. */
  private static int taskConfidence(Browser browser, String statement) {
    Object text =
        browser
            .driver()
            .executeScript(
                "for (const row of document.querySelectorAll(\"[id='role-form:scores_data'] >"
                    + " tr[data-ri]\")) {  const s = row.querySelector('.task-statement');  if (s"
                    + " && s.textContent.trim() === arguments[0]) return"
                    + " row.children[5].textContent;}return '';",
                statement);
    String digits = String.valueOf(text).replaceAll("\\D", "");
    return digits.isEmpty() ? -1 : Integer.parseInt(digits);
  }

  /** The role's confidence as the page shows it, in per cent. */
  private static int confidence(Browser browser) {
    return Integer.parseInt(
        browser.text(By.cssSelector("#role-confidence strong")).replaceAll("\\D", ""));
  }
}
