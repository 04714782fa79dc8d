package org.tacit.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

/**
 * The AI horizon as dated evidence: METR's measured points, their sources and the fitted trend on
 * the Scenarios page and in the API; an administrator adds a newly published measurement on the
 * Admin page and takes it back; nobody else can. The point added here is removed again, so other
 * test classes see the shipped points only.
 */
@ExtendWith(Portal.class)
class HorizonIT {

  private static final String SCENARIOS = "/app/reports/scenarios.xhtml";

  private final Portal portal = Portal.get();

  @Test
  void everyoneReadsTheMeasuredPointsWithTheirSourcesAndTheFitButOnlyAnAdministratorMayAddOne()
      throws Exception {
    try (Browser browser = new Browser(portal)) {
      browser.signIn(DemoUser.VIC);
      browser.open(SCENARIOS);
      browser.waitFor(By.cssSelector("#horizon-chart canvas"));
      browser.waitUntil(
          "the chart is drawn",
          () ->
              (Boolean)
                  browser
                      .driver()
                      .executeScript(
                          "return !!(window.PF && PF('horizon') && PF('horizon').chart)"));
      assertThat(
              (Long)
                  browser
                      .driver()
                      .executeScript("return PF('horizon').chart.data.datasets[0].data.length"))
          .as("a 50 % point for every model")
          .isGreaterThanOrEqualTo(18L);
      assertThat(browser.text(By.id("horizon-fit")))
          .matches(
              "Fitted to \\d+ points from Feb 2019 to \\w+ 20\\d\\d: [\\d.]+ h at 50 % in \\w+"
                  + " 20\\d\\d, doubling every [\\d.]+ months\\.");
      assertThat(browser.text(By.id("horizon-recent-fit")))
          .startsWith("From Jan 2023 on, fitted to");
      WebElement sonnet = row(browser, "Claude 3.7 Sonnet");
      assertThat(sonnet.getText())
          .contains(
              "Feb 2025",
              "1.0 h",
              "12 min",
              "METR, Time Horizon 1.1 results, " + "updated 2026-05-08",
              "shipped with Tacit");
      assertThat(sonnet.findElement(By.cssSelector("a.horizon-link")).getAttribute("href"))
          .isEqualTo("https://metr.org/time-horizons/");
      assertThat(browser.texts(".horizon-model"))
          .contains("GPT-2", "Claude Opus 4.6", "Claude Mythos Preview (early)");
      scrollTo(browser, "horizon");
      browser.screenshot("scenarios-horizon-vic");

      assertThat(
              Http.getWithSession(portal.url("/app/admin/"), browser.sessionCookie().orElseThrow())
                  .statusCode())
          .as("the Admin page, and the form on it, is not for a viewer")
          .isEqualTo(403);
    }
    Api vic = Api.as(portal, DemoUser.VIC);
    HttpResponse<String> refused =
        vic.post(
            "/horizon",
            "application/json",
            ("{\"measured\": \"2026-05\", \"model\": \"Vic's model\", \"fiftyPercentHours\": 30,"
                    + " \"source\": \"Vic, 2026-05-20\"}")
                .getBytes(StandardCharsets.UTF_8));
    assertThat(refused.statusCode()).isEqualTo(403);
    assertThat(models(Api.json(vic.get("/horizon")))).doesNotContain("Vic's model");
  }

  @Test
  void anAdministratorAddsAMeasurementThatTheScenariosPageAndTheApiShowAndRemovesItAgain()
      throws Exception {
    String model = "IT model " + System.nanoTime() % 1_000_000_000;
    Api ada = Api.as(portal, DemoUser.ADA);
    int shipped = Api.json(ada.get("/horizon")).get("points").size();
    try (Browser browser = new Browser(portal)) {
      browser.signIn(DemoUser.ADA);
      browser.open("/app/admin/");
      browser.waitFor(By.id("horizon-form:horizon-measured")).sendKeys("2026-05");
      browser.driver().findElement(By.id("horizon-form:horizon-model")).sendKeys(model);
      setNumber(browser, "horizon-form:horizon-fifty", "30");
      setNumber(browser, "horizon-form:horizon-eighty", "40");
      browser
          .driver()
          .findElement(By.id("horizon-form:horizon-source"))
          .sendKeys("IT lab, system card, 2026-05-20, https://example.org/it-card");
      browser
          .driver()
          .findElement(By.cssSelector("#horizon-form\\:horizon-second-hand .ui-chkbox-box"))
          .click();
      browser.driver().findElement(By.id("horizon-form:horizon-add")).click();
      browser.waitForMessage("cannot be longer than the 50 % one");

      setNumber(browser, "horizon-form:horizon-eighty", "4.5");
      browser.driver().findElement(By.id("horizon-form:horizon-add")).click();
      browser.waitForMessage("Added “" + model + "” (2026-05)");
      browser.waitUntil(
          "the point is listed",
          () -> browser.texts("#horizon-form .horizon-model").contains(model));
      scrollTo(browser, "horizon-panel");
      browser.screenshot("admin-horizon-ada");

      browser.open(SCENARIOS);
      WebElement added = row(browser, model);
      assertThat(added.getText())
          .contains(
              "May 2026",
              "30.0 h",
              "4.5 h",
              "IT lab, system card, 2026-05-20",
              "second-hand",
              "ada");
      assertThat(added.findElement(By.cssSelector("a.horizon-link")).getAttribute("href"))
          .isEqualTo("https://example.org/it-card");
      assertThat(browser.text(By.id("horizon-fit")))
          .startsWith("Fitted to " + (shipped + 1) + " points");

      JsonNode horizon = Api.json(ada.get("/horizon"));
      assertThat(models(horizon)).contains(model);
      JsonNode point = point(horizon, model);
      assertThat(point.get("measured").asText()).isEqualTo("2026-05");
      assertThat(point.get("fiftyPercentHours").asDouble()).isEqualTo(30.0);
      assertThat(point.get("secondHand").asBoolean()).isTrue();
      assertThat(point.get("shipped").asBoolean()).isFalse();
      assertThat(horizon.get("trend").get("points").asInt()).isEqualTo(shipped + 1);

      browser.open("/app/admin/");
      browser
          .waitFor(
              By.xpath(
                  "//tbody[@id='horizon-form:horizon-points_data']/tr[.//span[@class='horizon-model'"
                      + " and normalize-space()='"
                      + model
                      + "']]//button[contains(@class,'horizon-remove')]"))
          .click();
      browser.waitFor(By.id("confirm-yes")).click();
      browser.waitForMessage("Removed “" + model + "”");
    } finally {
      JsonNode left = point(Api.json(ada.get("/horizon")), model);
      if (left != null) {
        ada.delete("/horizon/" + left.get("id").asLong());
      }
    }
    assertThat(models(Api.json(ada.get("/horizon")))).doesNotContain(model).hasSize(shipped);
  }

  private static WebElement row(Browser browser, String model) {
    return browser.waitFor(
        By.xpath(
            "//tbody[@id='horizon-points-form:horizon-points_data']/tr[.//span[@class='horizon-model'"
                + " and normalize-space()='"
                + model
                + "']]"));
  }

  private static List<String> models(JsonNode horizon) {
    return StreamSupport.stream(horizon.get("points").spliterator(), false)
        .map(p -> p.get("model").asText())
        .toList();
  }

  private static JsonNode point(JsonNode horizon, String model) {
    return StreamSupport.stream(horizon.get("points").spliterator(), false)
        .filter(p -> p.get("model").asText().equals(model))
        .findFirst()
        .orElse(null);
  }

  private static void scrollTo(Browser browser, String id) {
    browser.driver().executeScript("document.getElementById(arguments[0]).scrollIntoView()", id);
  }

  /** Types into a p:inputNumber, whose visible field is {@code <id>_input}, as a person does. */
  private static void setNumber(Browser browser, String id, String number) {
    browser.waitFor(By.id(id + "_input")).sendKeys(Keys.chord(Keys.CONTROL, "a"), number, Keys.TAB);
  }
}
