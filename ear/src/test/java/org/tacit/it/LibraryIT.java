package org.tacit.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * The O*NET library page: search, read an occupation, start a role from it; and loading a release.
 */
@ExtendWith(Portal.class)
class LibraryIT {

  private final Portal portal = Portal.get();

  @Test
  void anEditorStartsARoleFromAnOccupationAndGetsItsTasksWithEstimatedAnswers() throws Exception {
    String title = "Audit associate " + System.nanoTime();
    try (Browser browser = new Browser(portal)) {
      browser.signIn(DemoUser.HEDDA);
      browser.open("/app/library/");

      browser.waitFor(By.id("search-form:query")).sendKeys("accountants");
      browser.waitUntil(
          "the search narrows the list",
          () ->
              occupations(browser).size() < 10
                  && occupations(browser).contains("Accountants and Auditors"));
      browser.driver().findElement(By.linkText("Accountants and Auditors")).click();
      assertThat(browser.text(By.id("occupation-title"))).isEqualTo("Accountants and Auditors");
      assertThat(
              browser
                  .driver()
                  .findElements(By.cssSelector("#occupation-form\\:occupation-tasks_data tr")))
          .hasSizeGreaterThan(10);
      assertThat(browser.text(By.id("onet-attribution")))
          .contains("O*NET 27.0 Database")
          .contains("CC BY 4.0");
      browser.screenshot("library-hedda");

      browser.driver().findElement(By.id("occupation-form:new-role")).click();
      WebElement name = browser.waitFor(By.id("new-role-form:title"));
      name.clear();
      name.sendKeys(title);
      browser.driver().findElement(By.id("new-role-form:headcount_input")).sendKeys("2");
      browser.screenshot("library-new-role-hedda");
      browser.driver().findElement(By.id("new-role-form:create")).click();

      browser.waitUntil(
          "the new role's page opens", () -> browser.driver().getTitle().startsWith(title));
      assertThat(browser.text(By.id("share-total"))).contains("100 %");
      List<WebElement> estimates =
          browser.driver().findElements(By.cssSelector("#role-form\\:tasks_data .tacit-estimated"));
      assertThat(estimates).isNotEmpty().allSatisfy(e -> assertThat(e.getText()).startsWith("≈"));
      browser.screenshot("library-role-from-occupation-hedda");
    }
  }

  @Test
  void aViewerReadsTheLibraryButIsNotOfferedToStartARole() throws Exception {
    try (Browser browser = new Browser(portal)) {
      browser.signIn(DemoUser.VIC);
      browser.open("/app/library/?occupation=13-2011.00");

      assertThat(browser.text(By.id("occupation-title"))).isEqualTo("Accountants and Auditors");
      assertThat(browser.driver().findElements(By.id("occupation-form:new-role"))).isEmpty();
    }
  }

  @Test
  void aFileThatIsNotAnOnetReleaseLoadsNothingAndSaysWhy() throws Exception {
    Path notARelease = Files.createTempFile("not-a-release-", ".zip");
    Files.writeString(notARelease, "just text");
    try (Browser browser = new Browser(portal)) {
      browser.signIn(DemoUser.ADA);
      browser.open("/app/admin/");
      String before = browser.text(By.id("library-size"));

      browser
          .driver()
          .findElement(By.cssSelector("#library-form input[type=file]"))
          .sendKeys(notARelease.toString());
      browser.driver().findElement(By.id("library-form:load-release")).click();
      browser.waitFor(By.id("confirm-yes")).click();

      assertThat(browser.waitForMessage("Nothing was loaded"))
          .contains(notARelease.getFileName().toString());
      assertThat(browser.text(By.id("library-size")))
          .isEqualTo(before)
          .contains("1,016 occupations");
      browser.screenshot("admin-library-rejected-ada");
    }
  }

  private static List<String> occupations(Browser browser) {
    return browser.texts("a.occupation-title");
  }
}
