package org.tacit.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashSet;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.FluentWait;

/**
 * Runs are seen only as far as the caller may read the departments they cover: whole, redacted (no
 * label, no starter, no progress) or not at all (404, as for an id never used).
 */
@ExtendWith(Portal.class)
class RunScopeIT {

  private final Portal portal = Portal.get();

  @Test
  void aViewerAndAnEditorSeeNoLabelOrStarterOfRunsCoveringDepartmentsTheyMayNotRead()
      throws Exception {
    Api sam = Api.as(portal, DemoUser.SAM);
    Api hedda = Api.as(portal, DemoUser.HEDDA);
    Api vic = Api.as(portal, DemoUser.VIC);
    long organisation = start(sam, "{\"scope\":\"organisation\"}");
    long finance = start(hedda, "{\"scope\":\"department\",\"department\":\"FIN\"}");
    sam.finishedRun(organisation);
    hedda.finishedRun(finance);

    JsonNode vicsList = Api.json(vic.get("/assessments"));
    assertThat(ids(vicsList)).contains(organisation).doesNotContain(finance);
    for (JsonNode run : vicsList) {
      if (run.path("redacted").asBoolean()) {
        assertThat(run.has("scopeLabel")).as(run.toString()).isFalse();
        assertThat(run.has("startedBy")).as(run.toString()).isFalse();
        assertThat(run.has("total")).as(run.toString()).isFalse();
      }
      assertThat(run.toString()).doesNotContain("FIN", "Finance", "hedda");
    }
    HttpResponse<String> hidden = vic.get("/assessments/" + finance);
    assertThat(hidden.statusCode()).as(hidden.body()).isEqualTo(404);
    assertThat(hidden.body()).doesNotContain("Finance");
    assertThat(vic.get("/assessments/" + finance + "?department=OPS").statusCode()).isEqualTo(404);
    JsonNode opsPart = Api.json(vic.get("/assessments/" + organisation + "?limit=10000"));
    assertThat(opsPart.get("redacted").asBoolean()).isTrue();
    assertThat(opsPart.has("scopeLabel")).isFalse();
    assertThat(opsPart.has("startedBy")).isFalse();
    Set<String> departments = new HashSet<>();
    opsPart.get("tasks").forEach(t -> departments.add(t.get("departmentCode").asText()));
    assertThat(departments).containsExactly("OPS");

    JsonNode heddasList = Api.json(hedda.get("/assessments"));
    JsonNode own = byId(heddasList, finance);
    assertThat(own.has("redacted")).isFalse();
    assertThat(own.get("scopeLabel").asText()).contains("FIN");
    assertThat(own.get("startedBy").asText()).isEqualTo("hedda");
    JsonNode others = byId(heddasList, organisation);
    assertThat(others.get("redacted").asBoolean()).isTrue();
    assertThat(others.has("scopeLabel")).isFalse();
    assertThat(others.has("startedBy")).isFalse();
    JsonNode othersRun = Api.json(hedda.get("/assessments/" + organisation + "?limit=1"));
    assertThat(othersRun.has("startedBy")).isFalse();
    assertThat(othersRun.get("tasks").get(0).get("departmentCode").asText()).isEqualTo("FIN");

    JsonNode samsView = byId(Api.json(sam.get("/assessments")), finance);
    assertThat(samsView.get("startedBy").asText()).isEqualTo("hedda");

    assertThat(
            vic.post("/assessments", "application/json", "{}".getBytes(StandardCharsets.UTF_8))
                .statusCode())
        .isEqualTo(403);
    awaitSecurityEvent(
        "user=\"vic\" action=\"read-run\" object=\"assessment run "
            + finance
            + "\" outcome=refused");
    awaitSecurityEvent(
        "user=\"vic\" action=\"api\" object=\"POST /tacit/api/v1/assessments\" outcome=refused");

    try (Browser browser = new Browser(portal)) {
      browser.signIn(DemoUser.HEDDA);
      browser.open("/app/assessment/run.xhtml?id=" + organisation);
      assertThat(browser.text(By.id("run-scope")))
          .isEqualTo("Includes departments you may not read");
      assertThat(browser.driver().getPageSource()).doesNotContain("by sam");
      browser.open("/app/assessment/run.xhtml?id=" + finance);
      assertThat(browser.text(By.id("run-scope"))).contains("FIN");
    }
    try (Browser browser = new Browser(portal)) {
      browser.signIn(DemoUser.VIC);
      browser.open("/app/assessment/run.xhtml?id=" + organisation);
      browser.waitFor(By.id("error-forbidden"));
      awaitSecurityEvent(
          "user=\"vic\" action=\"page\" object=\"GET /tacit/app/assessment/run.xhtml\""
              + " outcome=refused");
      browser.open("/app/reports/export?scenario=987654321");
      browser.waitFor(By.id("error-not-found"));
    }
  }

  /**
   * Waits (up to 10 s, the server writes its log from a queue) for a line of the security event
   * trail.
   */
  private static void awaitSecurityEvent(String part) {
    Path domains = Path.of(System.getProperty("tacit.it.home", "target/it-home"), "domains");
    new FluentWait<>(domains)
        .withTimeout(Duration.ofSeconds(10))
        .pollingEvery(Duration.ofMillis(200))
        .withMessage("no security event " + part + " in the server log")
        .until(
            dir -> {
              try (Stream<Path> logs =
                  Files.find(dir, 3, (path, attributes) -> path.endsWith("server.log"))) {
                for (Path log : logs.toList()) {
                  if (Files.readString(log).contains(part)) {
                    return true;
                  }
                }
                return null;
              } catch (IOException e) {
                throw new UncheckedIOException(e);
              }
            });
  }

  private static long start(Api api, String body) throws IOException, InterruptedException {
    HttpResponse<String> started =
        api.post("/assessments", "application/json", body.getBytes(StandardCharsets.UTF_8));
    assertThat(started.statusCode()).as(started.body()).isEqualTo(202);
    return Api.json(started).get("id").asLong();
  }

  private static Set<Long> ids(JsonNode runs) {
    Set<Long> ids = new HashSet<>();
    runs.forEach(run -> ids.add(run.get("id").asLong()));
    return ids;
  }

  private static JsonNode byId(JsonNode runs, long id) {
    for (JsonNode run : runs) {
      if (run.get("id").asLong() == id) {
        return run;
      }
    }
    throw new AssertionError("run " + id + " is not in " + runs);
  }
}
