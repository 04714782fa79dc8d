package org.tacit.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

@ExtendWith(Portal.class)
class AccessIT {

  private final Portal portal = Portal.get();

  @Test
  void aViewerIsRefusedTheAdminAndAssessmentPagesEvenByDirectUrl() throws Exception {
    try (Browser browser = new Browser(portal)) {
      browser.signIn(DemoUser.VIC);

      browser.open("/app/admin/");
      assertThat(browser.text(By.cssSelector("h1.tacit-page-title")))
          .isEqualTo("Not for your role");
      assertThat(browser.text(By.id("refused-what")))
          .isEqualTo("Your role does not open the Admin pages.");
      assertThat(browser.driver().findElements(By.id("nav-inventory")))
          .as("the shell's navigation")
          .hasSize(1);
      browser.screenshot("forbidden-vic");

      String session = browser.sessionCookie().orElseThrow();
      HttpResponse<String> admin = Http.getWithSession(portal.url("/app/admin/"), session);
      HttpResponse<String> assessment =
          Http.getWithSession(portal.url("/app/assessment/"), session);
      HttpResponse<String> inventory = Http.getWithSession(portal.url("/app/inventory/"), session);

      assertThat(admin.statusCode()).isEqualTo(403);
      assertThat(admin.body()).contains("Not for your role").doesNotContain("at org.");
      assertThat(assessment.statusCode()).isEqualTo(403);
      assertThat(assessment.body()).contains("Your role does not open the Assessment pages.");
      assertThat(inventory.statusCode()).as("a viewer reads inventories").isEqualTo(200);
    }
  }

  @Test
  void anAnalystIsRefusedTheAdminPageInsideTheShell() throws Exception {
    try (Browser browser = new Browser(portal)) {
      browser.signIn(DemoUser.SAM);

      HttpResponse<String> admin =
          Http.getWithSession(portal.url("/app/admin/"), browser.sessionCookie().orElseThrow());

      assertThat(admin.statusCode()).isEqualTo(403);
      assertThat(admin.body())
          .contains(
              "id=\"main-nav\"",
              "id=\"nav-reports\"",
              "Not for your role",
              "Your role does not open the Admin pages.");
    }
  }

  @Test
  void anotherDepartmentsRoleIsRefusedWith403InsideTheShellNamingTheRole() throws Exception {
    String operationsRole;
    try (Browser analyst = new Browser(portal)) {
      analyst.signIn(DemoUser.ADA);
      operationsRole = firstRoleOf(analyst, "OPS");
    }
    try (Browser editor = new Browser(portal)) {
      editor.signIn(DemoUser.HEDDA);

      editor.open("/app/inventory/role.xhtml?id=" + operationsRole);
      editor.screenshot("forbidden-role-hedda");
      assertThat(editor.text(By.id("refused-what")))
          .isEqualTo("Role " + operationsRole + " is not in a department you may read.");
      assertThat(editor.driver().findElements(By.id("nav-assessment")))
          .as("the shell's navigation")
          .hasSize(1);
      assertThat(editor.driver().findElements(By.id("role-form:tasks"))).isEmpty();

      HttpResponse<String> role =
          Http.getWithSession(
              portal.url("/app/inventory/role.xhtml?id=" + operationsRole),
              editor.sessionCookie().orElseThrow());
      assertThat(role.statusCode()).isEqualTo(403);
      assertThat(role.body()).contains("id=\"main-nav\"", "is not in a department you may read");
    }
  }

  @Test
  void aViewersRolePageDoesNotLinkToTheAssessmentPageThatRefusesThem() throws Exception {
    try (Browser browser = new Browser(portal)) {
      browser.signIn(DemoUser.VIC);
      browser.open("/app/inventory/role.xhtml?id=" + firstRoleOf(browser, "OPS"));
      browser.waitFor(By.id("role-form:scores-panel"));
      browser.screenshot("role-vic");

      assertThat(browser.driver().findElements(By.cssSelector("a[href*='/app/assessment']")))
          .isEmpty();
      assertThat(browser.driver().findElements(By.id("department-quadrant"))).isEmpty();
    }
    try (Browser browser = new Browser(portal)) {
      browser.signIn(DemoUser.HEDDA);
      browser.open("/app/inventory/role.xhtml?id=" + firstRoleOf(browser, "FIN"));
      assertThat(browser.waitFor(By.id("department-quadrant")).getAttribute("href"))
          .as("an editor may follow it")
          .contains("/app/assessment/?department=FIN");
    }
  }

  @Test
  void anAdministratorOpensTheAdminPage() throws Exception {
    try (Browser browser = new Browser(portal)) {
      browser.signIn(DemoUser.ADA);

      browser.waitFor(By.id("nav-admin")).click();

      assertThat(browser.text(By.id("database-status"))).isEqualTo("Answering");
      assertThat(browser.text(By.id("database-product")))
          .isEqualTo(portal.database().productName());
      browser.screenshot("admin-ada");
    }
  }

  /** The id of the first role the inventory lists for {@code department}. */
  private static String firstRoleOf(Browser browser, String department) {
    browser.open("/app/inventory/?department=" + department);
    WebElement link = browser.waitFor(By.cssSelector("a.role-title"));
    String href = link.getAttribute("href");
    return href.substring(href.indexOf("id=") + 3);
  }
}
