package org.tacit.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

/**
 * Scenarios created, copied, changed and deleted by strategy analysts, in the browser and through
 * the API; read-only for everyone else. All test classes share one database (once on H2, once on
 * PostgreSQL), so every scenario made here has a name of its own, and the presets are never
 * touched.
 */
@ExtendWith(Portal.class)
class ScenarioIT {

  private static final String PAGE = "/app/reports/scenarios.xhtml";

  private final Portal portal = Portal.get();

  @Test
  void anAnalystCreatesAScenarioWithAFasterDoublingAndSeesItsFiguresAndTheDeparture()
      throws Exception {
    String name = unique("Faster doubling");
    try (Browser browser = new Browser(portal)) {
      browser.signIn(DemoUser.SAM);
      browser.open(PAGE);
      browser.waitFor(By.id("scenarios-form:new-scenario")).click();
      WebElement nameField = browser.waitFor(By.id("scenario-form:name"));
      assertThat(browser.driver().findElements(By.cssSelector(".tacit-departs")))
          .as("a new one is all defaults")
          .isEmpty();
      nameField.sendKeys(name);
      setNumber(browser, "scenario-form:doubling-months", "4");
      browser.waitUntil(
          "the doubling time is marked as departing from the default",
          () ->
              !browser
                  .driver()
                  .findElements(By.cssSelector("#assumption-doubling-months .tacit-departs"))
                  .isEmpty());
      // the default is the trend fitted to the measured points, as the same page states it
      Matcher fit =
          Pattern.compile("doubling every ([0-9.]+) months")
              .matcher(browser.text(By.id("horizon-fit")));
      assertThat(fit.find()).isTrue();
      String shown = browser.text(By.id("assumption-doubling-months"));
      assertThat(shown).contains("the trend fitted to");
      Matcher defaultValue = Pattern.compile("default ([0-9.]+)").matcher(shown);
      assertThat(defaultValue.find()).as(shown).isTrue();
      assertThat(Double.parseDouble(defaultValue.group(1)))
          .isCloseTo(Double.parseDouble(fit.group(1)), within(0.05));
      browser.screenshot("scenario-editor-sam");

      browser.driver().findElement(By.id("scenario-form:save")).click();
      browser.waitForMessage("Saved “" + name + "”");
      assertThat(browser.currentUrl().getQuery()).startsWith("scenario=");
      assertThat(browser.texts("[id='reports-form:scenario_input'] option")).contains(name);
      assertThat(browser.text(By.id("reports-form:scenario_label"))).isEqualTo(name);
      WebElement doubling =
          browser.waitFor(
              By.xpath(
                  "//tbody[@id='reports-form:assumption-values_data']/tr[td[1][normalize-space()='horizon"
                      + " doubles every,"
                      + " months']]//strong[contains(@class,'assumption-departs')]"));
      assertThat(doubling.getText()).as("as the reader's locale writes it").isEqualTo("4");
      browser.screenshot("scenario-saved-reports-sam");

      browser.waitFor(By.id("scenarios-link")).click();
      browser.waitFor(By.id("scenarios-form:scenarios"));
      assertThat(row(browser, name).getText()).contains("sam");
      delete(browser, name);
    }
  }

  @Test
  void anAnalystCopiesAScenarioUnderANewNameAndDeletesTheCopyAfterConfirming() throws Exception {
    Api sam = Api.as(portal, DemoUser.SAM);
    String original = unique("To copy");
    JsonNode created = Api.json(created(sam, original));
    String copy = original + " (copy)";
    try (Browser browser = new Browser(portal)) {
      browser.signIn(DemoUser.SAM);
      browser.open(PAGE);
      browser.screenshot("scenarios-sam");
      row(browser, original).findElement(By.cssSelector(".scenario-copy")).click();
      WebElement copyName = browser.waitFor(By.id("copy-form:copy-name"));
      copyName.sendKeys(Keys.chord(Keys.CONTROL, "a"), copy);
      browser.screenshot("scenario-copy-sam");
      browser.driver().findElement(By.id("copy-form:copy-save")).click();
      browser.waitForMessage("as “" + copy + "”");
      browser.waitUntil("the copy is listed", () -> browser.texts(".scenario-name").contains(copy));
      assertThat(row(browser, copy).findElement(By.cssSelector(".scenario-doubling")).getText())
          .isEqualTo("5");

      delete(browser, copy);
      assertThat(browser.texts(".scenario-name")).contains(original).doesNotContain(copy);
    }
    assertThat(
            sam.delete(
                    "/scenarios/"
                        + created.get("id").asLong()
                        + "?version="
                        + created.get("rowVersion").asLong())
                .statusCode())
        .isEqualTo(204);
  }

  @Test
  void aViewerReadsTheScenariosWithoutEditControlsAndTheApiRefusesTheirChanges() throws Exception {
    Api sam = Api.as(portal, DemoUser.SAM);
    String name = unique("Not for viewers");
    JsonNode created = Api.json(created(sam, name));
    long id = created.get("id").asLong();
    try (Browser browser = new Browser(portal)) {
      browser.signIn(DemoUser.VIC);
      browser.open(PAGE);
      browser.waitFor(By.id("scenarios-form:scenarios"));
      assertThat(browser.texts(".scenario-name")).contains("Base", "Cautious", name);
      assertThat(browser.driver().findElements(By.id("scenarios-form:new-scenario"))).isEmpty();
      assertThat(
              browser
                  .driver()
                  .findElements(By.cssSelector(".scenario-edit, .scenario-copy, .scenario-delete")))
          .isEmpty();
      assertThat(browser.text(By.id("scenarios-explained"))).contains("you read them");
      browser.screenshot("scenarios-vic");
    }
    Api vic = Api.as(portal, DemoUser.VIC);
    HttpResponse<String> put =
        vic.put(
            "/scenarios/" + id,
            "{\"rowVersion\": " + created.get("rowVersion") + "," + " \"doublingMonths\": 2}");
    assertThat(put.statusCode()).isEqualTo(403);
    assertThat(Api.json(put).get("detail").asText()).isEqualTo("Your role does not allow this.");
    assertThat(
            vic.post(
                    "/scenarios",
                    "application/json",
                    "{\"name\": \"Vic's\"}".getBytes(StandardCharsets.UTF_8))
                .statusCode())
        .isEqualTo(403);
    assertThat(
            vic.delete("/scenarios/" + id + "?version=" + created.get("rowVersion")).statusCode())
        .isEqualTo(403);
    assertThat(Api.json(sam.get("/scenarios/" + id)).get("values").get("doublingMonths").asDouble())
        .isEqualTo(5.0);
    assertThat(
            sam.delete("/scenarios/" + id + "?version=" + created.get("rowVersion")).statusCode())
        .isEqualTo(204);
  }

  @Test
  void aSaveThroughTheApiAgainstAnOlderVersionIsAConflictAndAnInvalidValueABadRequest()
      throws Exception {
    Api sam = Api.as(portal, DemoUser.SAM);
    HttpResponse<String> post = created(sam, unique("Stale"));
    JsonNode created = Api.json(post);
    assertThat(post.headers().firstValue("Location"))
        .hasValueSatisfying(
            location ->
                assertThat(location).endsWith("/api/v1/scenarios/" + created.get("id").asLong()));
    String path = "/scenarios/" + created.get("id").asLong();
    long seen = created.get("rowVersion").asLong();

    HttpResponse<String> first =
        sam.put(path, "{\"rowVersion\": " + seen + ", \"adoptionYears\": 12}");
    assertThat(first.statusCode()).isEqualTo(200);
    assertThat(Api.json(first).get("rowVersion").asLong()).isEqualTo(seen + 1);

    HttpResponse<String> stale =
        sam.put(path, "{\"rowVersion\": " + seen + ", \"adoptionYears\": 3}");
    assertThat(stale.statusCode()).isEqualTo(409);
    assertThat(Api.json(stale).get("detail").asText())
        .contains("was changed meanwhile by sam")
        .endsWith("your change was not saved.");
    HttpResponse<String> invalid =
        sam.put(path, "{\"rowVersion\": " + (seen + 1) + ", \"doublingMonths\": -1}");
    assertThat(invalid.statusCode()).isEqualTo(400);
    assertThat(Api.json(invalid).get("detail").asText())
        .isEqualTo("The horizon's doubling time is a number of months above 0, not -1.");
    assertThat(Api.json(sam.get(path)).get("values").get("adoptionYears").asInt()).isEqualTo(12);

    assertThat(sam.delete(path + "?version=" + seen).statusCode()).isEqualTo(409);
    assertThat(sam.delete(path + "?version=" + (seen + 1)).statusCode()).isEqualTo(204);
    assertThat(sam.get(path).statusCode()).isEqualTo(404);
  }

  /** Creates a scenario through the API whose doubling time is 5 months. */
  private static HttpResponse<String> created(Api api, String name)
      throws IOException, InterruptedException {
    HttpResponse<String> answer =
        api.post(
            "/scenarios",
            "application/json",
            ("{\"name\": \"" + name + "\", \"doublingMonths\": 5}")
                .getBytes(StandardCharsets.UTF_8));
    assertThat(answer.statusCode()).as(answer.body()).isEqualTo(201);
    return answer;
  }

  private static void delete(Browser browser, String name) {
    row(browser, name).findElement(By.cssSelector(".scenario-delete")).click();
    browser.waitFor(By.id("confirm-yes")).click();
    browser.waitForMessage("Deleted “" + name + "”");
    browser.waitUntil(
        "the scenario is gone from the table",
        () -> !browser.texts(".scenario-name").contains(name));
  }

  private static WebElement row(Browser browser, String name) {
    return browser.waitFor(
        By.xpath(
            "//tbody[@id='scenarios-form:scenarios_data']/tr[.//a[@class='scenario-name' and "
                + "normalize-space()='"
                + name
                + "']]"));
  }

  /** Types into a p:inputNumber, whose visible field is {@code <id>_input}, as a person does. */
  private static void setNumber(Browser browser, String id, String number) {
    browser.waitFor(By.id(id + "_input")).sendKeys(Keys.chord(Keys.CONTROL, "a"), number, Keys.TAB);
  }

  private static String unique(String name) {
    return "IT " + name + " " + System.nanoTime() % 1_000_000_000;
  }
}
