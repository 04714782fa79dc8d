package org.tacit.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

/**
 * Stored and reflected cross-site scripting (ASVS V5.3): hostile text in every field that people
 * type and pages show (department, role and task names from an import, the import's file name, a
 * scenario name, a rule set's note, an O*NET search) is stored, and every page that shows it is
 * opened in Chromium. Each payload would set {@code window.__pwned} if it ran; it never may. The
 * pages must still show the text as text, so the test also finds it where it belongs.
 */
@ExtendWith(Portal.class)
class HostileTextIT {

  private static final String END_SCRIPT = "</script><script>window.__pwned=1</script>";
  private static final String IMG = "<img src=x onerror=\"window.__pwned=2\">";
  private static final String ATTRIBUTE = "\"><svg onload=window.__pwned=3>";
  private static final String QUOTES = "';window.__pwned=4;//\"";
  private static final String URL = "javascript:window.__pwned=5";
  private static final String SEPARATORS = "\u2028window.__pwned=6\u2029";

  private static final String DEPARTMENT = "Dept " + END_SCRIPT + IMG;
  private static final String ROLE = "Role " + ATTRIBUTE + QUOTES + IMG;
  private static final String TASK =
      "File the "
          + END_SCRIPT
          + " form "
          + IMG
          + ATTRIBUTE
          + QUOTES
          + URL
          + SEPARATORS
          + " "
          + "long ".repeat(300);
  private static final String SCENARIO = "Scn " + END_SCRIPT + QUOTES;
  private static final String NOTE = "Note " + END_SCRIPT + IMG + ATTRIBUTE + SEPARATORS;
  private static final String SEARCH = "acc" + END_SCRIPT + IMG;

  /**
   * PrimeFaces refuses file names with {@code / : * ? " < > |}; what is left can still break a
   * quote.
   */
  private static final String FILE_NAME =
      "hostile' onmouseover='window.__pwned=7' &#39;);window.__pwned=8;.csv";

  private static final String HEADER =
      "department,department_code,role,role_code,role_headcount,role_annual_cost,task,task_time_share_pct,tacit_context,novelty,feedback_delay,time_to_proficiency,performance_spread,relationship_trust,digital_io,verifiability,documented_procedure,repetition,task_length_hours,physical_presence,error_cost\n";

  private final Portal portal = Portal.get();

  @Test
  void noPageRunsScriptFromStoredOrSearchedText() throws Exception {
    Path folder = Files.createTempDirectory("hostile");
    Path file = folder.resolve(FILE_NAME);
    Files.writeString(
        file,
        HEADER
            + row(TASK, 60, "1,1,1,1,1,1,5,5,5,5,0.25,1,1")
            + row("Check the " + END_SCRIPT + " ledger", 40, "5,5,5,5,5,5,1,1,1,1,8,5,5"),
        StandardCharsets.UTF_8);
    Api sam = Api.as(portal, DemoUser.SAM);
    long scenario =
        Api.json(
                sam.post(
                    "/scenarios",
                    "application/json",
                    ("{\"name\":" + json(SCENARIO) + "}").getBytes(StandardCharsets.UTF_8)))
            .get("id")
            .asLong();
    try (Browser browser = new Browser(portal)) {
      browser.signIn(DemoUser.ADA);

      browser.open("/app/inventory/");
      browser.waitFor(By.id("import-form"));
      browser
          .driver()
          .findElement(By.cssSelector("#import-form input[type=file]"))
          .sendKeys(file.toString());
      browser.driver().findElement(By.id("import-form:check")).click();
      browser.waitFor(By.id("result-form:result"));
      assertNothingRan(browser, "the import check");
      browser.waitFor(By.id("result-form:import")).click();
      browser.waitForMessage("Imported");
      assertNothingRan(browser, "the import");
      assertThat(browser.texts(".ui-growl-message"))
          .anySatisfy(m -> assertThat(m).contains(FILE_NAME));

      browser.open("/app/inventory/");
      browser.waitFor(By.cssSelector(".department-node[data-code='XSS']")).click();
      browser.waitUntil(
          "the hostile role shows", () -> browser.texts(".role-title").contains(ROLE.strip()));
      assertThat(browser.texts(".department-node")).contains(DEPARTMENT);
      assertNothingRan(browser, "the inventory");

      browser
          .driver()
          .findElement(By.xpath("//a[@class='role-title' and contains(., 'Role ')]"))
          .click();
      browser.waitFor(By.id("user-name"));
      assertThat(browser.driver().getPageSource()).doesNotContain(END_SCRIPT);
      assertNothingRan(browser, "the role page");

      browser.open("/app/assessment/?department=XSS");
      browser.waitFor(By.cssSelector("[id$='quadrant-chart_canvas']"));
      assertThat(
              (String)
                  browser
                      .driver()
                      .executeScript(
                          "return JSON.stringify(PrimeFaces.widgets['quadrant'].cfg.config.data);"))
          .contains("</script>");
      assertNothingRan(browser, "the assessment page's quadrant");

      browser.open("/app/reports/");
      browser.waitFor(By.cssSelector("[id$='trend-chart_canvas']"));
      assertThat(browser.driver().getPageSource()).doesNotContain(END_SCRIPT);
      assertNothingRan(browser, "the reports page");

      browser.open("/app/reports/scenarios.xhtml");
      browser.waitFor(By.id("user-name"));
      assertThat(browser.driver().getPageSource()).contains("Scn ").doesNotContain(END_SCRIPT);
      assertNothingRan(browser, "the scenarios page");

      publishNote(browser);
      assertNothingRan(browser, "the rule sets page");

      browser.open("/app/library/");
      browser.waitFor(By.id("search-form:query")).sendKeys(SEARCH);
      browser.waitUntil(
          "the search has answered",
          () -> browser.driver().getPageSource().contains("occupations"));
      assertNothingRan(browser, "the O*NET search");

      browser.open("/app/assessment/?department=XSS");
      browser.waitFor(By.id("runs-form:assess-department")).click();
      browser.waitForMessage("started");
      browser.open("/app/assessment/");
      browser.waitFor(By.id("user-name"));
      assertNothingRan(browser, "the runs table");
      browser.screenshot("hostile-text-runs-ada");
    } finally {
      sam.delete(
          "/scenarios/"
              + scenario
              + "?version="
              + Api.json(sam.get("/scenarios/" + scenario))
                  .get("values")
                  .get("rowVersion")
                  .asLong());
    }
  }

  @Test
  void theBoardPdfPrintsHostileTextAsText() throws Exception {
    Api sam = Api.as(portal, DemoUser.SAM);
    long scenario = Api.json(sam.get("/scenarios")).get(0).get("id").asLong();
    importHostileDepartment(Api.as(portal, DemoUser.ADA));

    HttpResponse<byte[]> pdf = sam.getBytes("/reports/board.pdf?scenario=" + scenario, "en-GB");

    assertThat(pdf.statusCode()).isEqualTo(200);
    try (PDDocument document = Loader.loadPDF(pdf.body())) {
      assertThat(new PDFTextStripper().getText(document)).contains("</script>");
    }
  }

  private static void importHostileDepartment(Api ada) throws IOException, InterruptedException {
    HttpResponse<String> answer =
        ada.post(
            "/inventories/import",
            "text/csv",
            (HEADER + row(TASK, 100, "1,1,1,1,1,1,5,5,5,5,0.25,1,1"))
                .getBytes(StandardCharsets.UTF_8));
    assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
  }

  private static void publishNote(Browser browser) {
    browser.open("/app/assessment/rules.xhtml");
    browser.waitFor(By.id("draft-section"));
    if (browser.driver().findElements(By.id("draft-form:discard-draft")).stream()
        .anyMatch(e -> e.isDisplayed())) {
      browser.driver().findElement(By.id("draft-form:discard-draft")).click();
      browser.waitFor(By.id("confirm-yes")).click();
      browser.waitForMessage("Draft discarded");
    }
    browser.waitFor(By.id("draft-form:start-draft")).click();
    browser.waitForMessage("started");
    browser.waitFor(By.id("draft-form:draft-note")).clear();
    browser.driver().findElement(By.id("draft-form:draft-note")).sendKeys(NOTE);
    browser.driver().findElement(By.id("draft-form:publish-draft")).click();
    browser.waitFor(By.id("confirm-yes")).click();
    browser.waitForMessage("is published");
    // The version in use is read afresh once the publishing has been committed
    browser.waitUntil(
        "the rule sets page shows the published note",
        () -> {
          browser.open("/app/assessment/rules.xhtml");
          return browser.text(By.id("shown-provenance")).contains("Note ");
        });
  }

  private static void assertNothingRan(Browser browser, String where) {
    Object sentinel =
        browser
            .driver()
            .executeScript("return window.__pwned === undefined ? null : String(window.__pwned);");
    assertThat(sentinel).as("a payload ran on " + where).isNull();
  }

  private static String row(String task, int share, String facts) {
    return Stream.of(
                DEPARTMENT, "XSS", ROLE, "XSS-ROLE", "2", "50000", task, Integer.toString(share))
            .map(HostileTextIT::csv)
            .collect(Collectors.joining(","))
        + ","
        + facts
        + "\n";
  }

  private static String csv(String value) {
    return "\"" + value.replace("\"", "\"\"") + "\"";
  }

  private static String json(String value) {
    return "\""
        + value
            .replace("\\", "\\\\")
            .replace("\"", "\\\"")
            .replace("\u2028", "\\u2028")
            .replace("\u2029", "\\u2029")
        + "\"";
  }
}
