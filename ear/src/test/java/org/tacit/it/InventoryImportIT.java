package org.tacit.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.http.HttpResponse;
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
                  "Die Zeitanteile der Rolle „Payroll officer“ (PAY-OFF) in FIN ergeben zusammen"
                      + " 90, nicht 100 (±1)."));
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
