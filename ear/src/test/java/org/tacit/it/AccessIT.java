package org.tacit.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

@ExtendWith(Portal.class)
class AccessIT {

  private final Portal portal = Portal.get();

  @Test
  void aViewerIsRefusedTheAdminAndAssessmentPagesEvenByDirectUrl() throws Exception {
    try (Browser browser = new Browser(portal)) {
      browser.signIn(DemoUser.VIC);

      browser.open("/app/admin/");
      assertThat(browser.text(By.cssSelector("#error-forbidden h1"))).isEqualTo("Not for your role");
      browser.screenshot("forbidden-vic");

      String session = browser.sessionCookie().orElseThrow();
      HttpResponse<String> admin = Http.getWithSession(portal.url("/app/admin/"), session);
      HttpResponse<String> assessment = Http.getWithSession(portal.url("/app/assessment/"), session);
      HttpResponse<String> inventory = Http.getWithSession(portal.url("/app/inventory/"), session);

      assertThat(admin.statusCode()).isEqualTo(403);
      assertThat(admin.body()).contains("Not for your role").doesNotContain("at org.");
      assertThat(assessment.statusCode()).isEqualTo(403);
      assertThat(inventory.statusCode()).as("a viewer reads inventories").isEqualTo(200);
    }
  }

  @Test
  void anAdministratorOpensTheAdminPage() throws Exception {
    try (Browser browser = new Browser(portal)) {
      browser.signIn(DemoUser.ADA);

      browser.waitFor(By.id("nav-admin")).click();

      assertThat(browser.text(By.id("database-status"))).isEqualTo("Answering");
      assertThat(browser.text(By.id("database-product"))).isEqualTo(portal.database().productName());
      browser.screenshot("admin-ada");
    }
  }
}
