package org.tacit.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.net.http.HttpResponse;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

/**
 * PostgreSQL stopped under a signed-in user: pages, AJAX actions and API calls answer the readable
 * 503 with Retry-After, and the same session works again once the database is back. (PostgreSQL
 * only: the embedded H2 lives inside Payara and cannot be stopped apart from it.)
 */
@ExtendWith(Portal.class)
class DatabaseOutageIT {

  private final Portal portal = Portal.get();

  @Test
  void aStoppedDatabaseGivesTheReadable503AndTheSessionWorksAgainAfter() throws Exception {
    assumeTrue(portal.database() == Portal.Database.POSTGRESQL, "the H2 fork does not run it");
    Api api = Api.as(portal, DemoUser.SAM);
    long scenario = api.firstScenario();
    try (Browser browser = new Browser(portal)) {
      browser.signIn(DemoUser.SAM);
      browser.open("/app/reports/");
      browser.waitFor(By.id("reports-form:department"));
      String session = browser.sessionCookie().orElseThrow();

      portal.stopDatabase();
      try {
        HttpResponse<String> page = Http.getWithSession(portal.url("/app/reports/"), session);
        assertThat(page.statusCode()).as("a page").isEqualTo(503);
        assertThat(page.headers().firstValue("Retry-After")).isPresent();
        assertThat(page.body())
            .contains("id=\"error-database\"", "cannot reach its database")
            .doesNotContain("Caused by", "at org.", "at java.", "PSQLException");

        HttpResponse<String> download =
            Http.getWithSession(
                portal.url("/app/reports/export?format=csv&scenario=" + scenario), session);
        assertThat(download.statusCode()).as("a download, outside Faces").isEqualTo(503);
        assertThat(download.body()).contains("id=\"error-database\"");

        // An AJAX action on the page already open shows the same words in place
        browser.waitFor(By.id("reports-form:department")).click();
        browser
            .waitFor(By.id("reports-form:department_panel"))
            .findElement(By.cssSelector("li[data-label='Finance']"))
            .click();
        assertThat(browser.waitFor(By.id("error-database")).getText())
            .contains("cannot reach its database");
        browser.screenshot("database-outage-sam");

        HttpResponse<String> call = api.get("/reports/substitution?scenario=" + scenario);
        assertThat(call.statusCode()).as("an API call").isEqualTo(503);
        assertThat(call.headers().firstValue("Retry-After")).isPresent();
      } finally {
        portal.startDatabase();
      }

      Deadline.within(
          Duration.ofMinutes(2),
          "the same session opens Reports again once PostgreSQL is back",
          () -> Http.getWithSession(portal.url("/app/reports/"), session).statusCode() == 200);
      browser.open("/app/reports/");
      assertThat(browser.waitFor(By.id("headline")).isDisplayed()).isTrue();
      assertThat(api.get("/reports/substitution?scenario=" + scenario).statusCode()).isEqualTo(200);
    }
  }
}
