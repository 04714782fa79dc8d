package org.tacit.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

@ExtendWith(Portal.class)
class InventoryImportIT {

  private static final String HEADER =
      "department;department_code;role;role_code;role_headcount;role_annual_cost;task;task_time_share_pct;novelty;error_cost\n";

  /** A novelty of 7 on row 2, and time shares that add up to 90. */
  private static final String BAD =
      HEADER
          + "Finance;FIN;Payroll officer;PAY-OFF;3;61000;Run the monthly payroll;60;7;4\n"
          + "Finance;FIN;Payroll officer;PAY-OFF;3;61000;Answer pay queries;30;2;\n";

  private final Portal portal = Portal.get();

  @Test
  void anEditorSeesEveryProblemOfABadFileThenImportsAGoodOneAndSeesItsRoles() throws Exception {
    // A task new on every run, so that the history shows this import even on a database kept from
    // before
    String newTask = "Forecast cash positions for run " + System.nanoTime();
    Path bad = csv("bad", BAD);
    Path good =
        csv(
            "good",
            HEADER
                + "Finance;FIN;Payroll officer;PAY-OFF;3;61000;Run the monthly payroll;60;2;4\n"
                + "Finance;FIN;Payroll officer;PAY-OFF;3;61000;Answer pay queries;40;3;2\n"
                + "Finance;FIN;Treasury analyst;TRE-AN;2;83000;"
                + newTask
                + ";100;4;5\n");
    try (Browser browser = new Browser(portal)) {
      browser.signIn(DemoUser.HEDDA);
      browser.open("/app/inventory/");

      upload(browser, bad);
      List<String> problems =
          browser
              .driver()
              .findElements(By.cssSelector("#result-form\\:problem-table tbody tr"))
              .stream()
              .map(WebElement::getText)
              .toList();
      assertThat(browser.text(By.id("problem-count"))).contains("nothing was imported");
      assertThat(problems)
          .anySatisfy(p -> assertThat(p).contains("2").contains("novelty").contains("7"));
      assertThat(problems).anySatisfy(p -> assertThat(p).containsIgnoringCase("100"));
      browser.screenshot("import-problems-hedda");

      upload(browser, good);
      assertThat(browser.text(By.id("ready-summary"))).contains("2 roles").contains("3 tasks");
      browser.waitFor(By.id("result-form:import")).click();

      assertThat(browser.text(By.cssSelector(".ui-growl-message"))).startsWith("Imported");
      assertThat(
              browser.driver().findElements(By.cssSelector(".role-title")).stream()
                  .map(WebElement::getText))
          .contains("Payroll officer", "Treasury analyst");
      browser.screenshot("import-done-hedda");
      // The import panel lists it among her recent imports, read from its record in the database
      browser.waitUntil(
          "the import is first among the recent imports",
          () ->
              browser.texts("#recent-imports-form li.recent-import").stream()
                  .findFirst()
                  .filter(
                      line ->
                          line.contains("Imported")
                              && line.contains(good.getFileName().toString())
                              && line.contains("3 tasks imported"))
                  .isPresent());

      browser
          .driver()
          .findElement(
              By.xpath("//tr[.//a[@class='role-title' and text()='Treasury analyst']]//button"))
          .click();
      assertThat(browser.text(By.id("history-form:history-table")))
          .contains("hedda")
          .contains("created · " + newTask)
          .contains("100 % of the time");
      browser.screenshot("history-hedda");

      String session = browser.sessionCookie().orElseThrow();
      HttpResponse<String> finance =
          Http.getWithSession(portal.url("/app/inventory/export?department=FIN"), session);
      assertThat(finance.statusCode()).isEqualTo(200);
      assertThat(finance.body())
          .contains("department,department_code,role")
          .contains("Treasury analyst,TRE-AN,2,83000");
      HttpResponse<String> operations =
          Http.getWithSession(portal.url("/app/inventory/export?department=OPS"), session);
      assertThat(operations.statusCode()).as("another department's export").isEqualTo(403);
      assertThat(operations.body())
          .as("refused inside the shell, saying what")
          .contains("id=\"main-nav\"", "You may not export the inventory of department OPS.");
    }
  }

  @Test
  void anEditorWithAGermanBrowserIsToldEveryProblemInGermanByRowAndColumn() throws Exception {
    Path bad = csv("schlecht", BAD);
    try (Browser browser = new Browser(portal, "de-DE")) {
      browser.signIn(DemoUser.HEDDA);
      browser.open("/app/inventory/");

      upload(browser, bad);
      List<List<String>> problems =
          browser
              .driver()
              .findElements(By.cssSelector("#result-form\\:problem-table tbody tr"))
              .stream()
              .map(
                  row ->
                      row.findElements(By.tagName("td")).stream().map(WebElement::getText).toList())
              .toList();
      browser.screenshot("import-problems-de");

      assertThat(browser.text(By.id("problem-count"))).contains("nichts wurde importiert");
      assertThat(problems)
          .contains(
              List.of(
                  "2", "novelty", "novelty muss eine ganze Zahl von 1 bis 5 sein (gefunden: „7“)"),
              List.of(
                  "3",
                  "task_time_share_pct",
                  "Die Zeitanteile der Rolle „Payroll officer“ (PAY-OFF) in FIN ergeben in den"
                      + " Zeilen 2–3 zusammen 90, nicht 100 (±1)."));
    }
  }

  @Test
  void theCheckShowsWhatTheImportWillCreateChangeAndRemoveAndTheImportShowsItDone()
      throws Exception {
    // A role of its own on every run, so that a database kept from before does not matter
    String code = "PV-" + (System.nanoTime() % 1_000_000);
    String role = "Accounts payable clerk " + code;
    String row = "Finance;FIN;" + role + ";" + code + ";2;50000;";
    Api hedda = Api.as(portal, DemoUser.HEDDA);
    HttpResponse<String> first =
        hedda.post(
            "/inventories/import",
            "text/csv",
            (HEADER
                    + row
                    + "Match invoices;40;2;3\n"
                    + row
                    + "Pay suppliers;40;2;3\n"
                    + row
                    + "File receipts;20;1;1\n")
                .getBytes(StandardCharsets.UTF_8));
    assertThat(first.statusCode()).as(first.body()).isEqualTo(200);
    String grown = "Finance;FIN;" + role + ";" + code + ";3;50000;";
    String revised =
        HEADER
            + grown
            + "Match invoices;50;2;3\n"
            + grown
            + "Pay suppliers;40;2;3\n"
            + grown
            + "Chase late payers;10;3;2\n";

    HttpResponse<String> checked =
        hedda.post(
            "/inventories/import?check=true", "text/csv", revised.getBytes(StandardCharsets.UTF_8));
    assertThat(checked.statusCode()).isEqualTo(200);
    JsonNode answer = Api.json(checked);
    assertThat(answer.get("written").asBoolean()).isFalse();
    assertThat(answer.get("changes").get("tasksCreated").asInt()).isEqualTo(1);
    assertThat(answer.get("changes").get("tasksUpdated").asInt()).isEqualTo(1);
    assertThat(answer.get("changes").get("tasksRemoved").asInt()).isEqualTo(1);
    assertThat(answer.get("changes").get("tasksUnchanged").asInt()).isEqualTo(1);
    JsonNode changed = answer.get("preview").get("departments").get(0).get("roles").get(0);
    assertThat(changed.get("title").asText()).isEqualTo(role);
    assertThat(changed.get("facts").get(0).get("column").asText()).isEqualTo("role_headcount");
    assertThat(changed.get("facts").get(0).get("before").asText()).isEqualTo("2");
    assertThat(changed.get("facts").get(0).get("after").asText()).isEqualTo("3");

    try (Browser browser = new Browser(portal)) {
      browser.signIn(DemoUser.HEDDA);
      browser.open("/app/inventory/");
      upload(browser, csv("revised", revised));

      assertThat(browser.text(By.id("ready-summary"))).contains("Importing it will:");
      assertThat(browser.text(By.id("import-counts")))
          .contains("1 role changed", "1 new task", "1 task changed", "1 task removed");
      String changes = browser.text(By.id("import-changes"));
      assertThat(changes)
          .contains(role)
          .contains("Headcount (FTE): 2 → 3")
          .contains("Chase late payers")
          .contains("Time share: 40 % → 50 %")
          .contains("File receipts");
      assertThat(
              browser.driver().findElements(By.cssSelector(".import-task")).stream()
                  .map(t -> t.getAttribute("data-action") + " " + t.getText()))
          .anySatisfy(t -> assertThat(t).startsWith("CREATED").contains("Chase late payers"))
          .anySatisfy(t -> assertThat(t).startsWith("CHANGED").contains("Match invoices"))
          .anySatisfy(t -> assertThat(t).startsWith("REMOVED").contains("File receipts"));
      browser.screenshot("import-preview-hedda");
      assertThat(
              Api.json(
                      hedda.post(
                          "/inventories/import?check=true",
                          "text/csv",
                          revised.getBytes(StandardCharsets.UTF_8)))
                  .get("changes")
                  .get("tasksRemoved")
                  .asInt())
          .as("the checks wrote nothing")
          .isEqualTo(1);

      browser.waitFor(By.id("result-form:import")).click();
      browser.waitFor(By.id("done-summary"));
      assertThat(browser.text(By.id("done-summary"))).startsWith("Imported inventory-revised-");
      assertThat(browser.text(By.id("import-changes")))
          .as("the import shows what it did, as the check said")
          .contains("Headcount (FTE): 2 → 3", "Chase late payers", "File receipts");
      assertThat(browser.text(By.id("roles-form:roles-heading")))
          .as("the imported department is open")
          .isEqualTo("Finance");
      browser.screenshot("import-done-preview-hedda");
      browser.driver().findElement(By.linkText(role)).click();
      browser.waitUntil(
          "the role page of the imported role",
          () -> browser.driver().getCurrentUrl().contains("/app/inventory/role.xhtml?id="));
    }
    JsonNode again =
        Api.json(
            hedda.post(
                "/inventories/import?check=true",
                "text/csv",
                revised.getBytes(StandardCharsets.UTF_8)));
    assertThat(again.get("changes").get("tasksUnchanged").asInt())
        .as("the import wrote what the check showed")
        .isEqualTo(3);
    assertThat(again.get("preview").get("departments")).isEmpty();
  }

  @Test
  void anOccupationCodeTheLibraryDoesNotHaveIsAProblemOfItsRowAndColumn() throws Exception {
    Path unknown =
        csv(
            "unknown-code",
            "department;department_code;role;onet_soc;task;task_time_share_pct\n"
                + "Finance;FIN;Payroll officer;43-3051.00;Run the monthly payroll;100\n"
                + "Finance;FIN;Ghost writer;99-9999.99;Write what no one reads;100\n");
    try (Browser browser = new Browser(portal)) {
      browser.signIn(DemoUser.HEDDA);
      browser.open("/app/inventory/");

      upload(browser, unknown);

      assertThat(browser.text(By.id("problem-count"))).contains("nothing was imported");
      assertThat(
              browser
                  .driver()
                  .findElements(By.cssSelector("#result-form\\:problem-table tbody tr"))
                  .stream()
                  .map(WebElement::getText))
          .singleElement()
          .satisfies(
              p ->
                  assertThat(p)
                      .startsWith("3 onet_soc")
                      .contains("99-9999.99 is not an occupation of O*NET 27.0"));
    }
  }

  @Test
  void anEditorCannotImportIntoAnotherDepartment() throws Exception {
    Path operations =
        csv("ops", HEADER + "Operations;OPS;Dispatcher;;5;45000;Plan the routes;100;3;3\n");
    try (Browser browser = new Browser(portal)) {
      browser.signIn(DemoUser.HEDDA);
      browser.open("/app/inventory/");

      upload(browser, operations);

      assertThat(browser.text(By.id("problem-count"))).contains("nothing was imported");
      assertThat(browser.text(By.id("result-form:problem-table")))
          .contains("You may not change department OPS");
    }
  }

  @Test
  void aViewerReadsOnlyTheirDepartmentAndIsOfferedNoImport() throws Exception {
    try (Browser browser = new Browser(portal)) {
      browser.signIn(DemoUser.VIC);
      browser.open("/app/inventory/");

      browser.waitFor(By.id("content"));
      assertThat(browser.driver().findElements(By.id("import-form"))).isEmpty();
      assertThat(browser.driver().getPageSource()).doesNotContain("Payroll officer");
    }
  }

  private static void upload(Browser browser, Path file) {
    browser.waitFor(By.id("import-form"));
    browser
        .driver()
        .findElement(By.cssSelector("#import-form input[type=file]"))
        .sendKeys(file.toString());
    browser.driver().findElement(By.id("import-form:check")).click();
    browser.waitFor(By.id("result-form:result"));
  }

  private static Path csv(String name, String content) throws IOException {
    Path file = Files.createTempFile("inventory-" + name + "-", ".csv");
    Files.writeString(file, content);
    return file;
  }
}
