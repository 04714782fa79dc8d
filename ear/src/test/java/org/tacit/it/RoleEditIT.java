package org.tacit.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * Editing a role's tasks by hand on the role page: add, edit with the rubric's levels, remove,
 * conflicts.
 */
@ExtendWith(Portal.class)
class RoleEditIT {

  private static final String STATEMENTS = "[id='role-form:tasks_data'] .task-statement";

  private final Portal portal = Portal.get();

  @Test
  void anEditorAddsEditsAndRemovesATaskAndTheHistoryKeepsEachStep() throws Exception {
    String statement = "Reconcile supplier statements, run " + System.nanoTime();
    try (Browser browser = new Browser(portal)) {
      browser.signIn(DemoUser.HEDDA);
      openFirstRoleOf(browser, "FIN");

      addTask(browser, statement);
      row(browser, statement).findElement(By.cssSelector(".ui-row-editor-pencil")).click();
      setShare(row(browser, statement), "12.5");
      pickLevel(browser, row(browser, statement), 0, "4");
      browser.screenshot("role-edit-row-hedda");
      row(browser, statement).findElement(By.cssSelector(".ui-row-editor-check")).click();

      browser.waitForMessage("Saved.");
      browser.waitUntil("the saved answer shows", () -> cell(browser, statement, 2).equals("4"));

      browser.driver().navigate().refresh(); // stored, not only shown
      browser.waitFor(By.id("role-form:tasks"));
      List<String> cells = cellTexts(browser, statement);
      assertThat(cells.get(1)).isEqualTo("12.5");
      assertThat(cells.get(2)).isEqualTo("4");
      // Always current: the task's scores follow its answers without anyone reassessing
      browser.waitUntil(
          "the scores show the new answer's reason",
          () -> reasons(browser, statement).contains("LEARN-TACIT"));
      assertThat(reasons(browser, statement)).contains("depends on unwritten context (4/5)");
      browser.screenshot("role-page-hedda");

      row(browser, statement).findElement(By.cssSelector("button[id$=':remove']")).click();
      browser.waitFor(By.id("confirm-yes")).click();
      browser.waitForMessage("Task removed.");
      browser.waitUntil(
          "the removed task is gone",
          () -> statements(browser).stream().noneMatch(statement::equals));

      browser
          .driver()
          .findElement(By.cssSelector("#role-form\\:history .ui-panel-titlebar-icon"))
          .click();
      browser.waitUntil(
          "the history has opened",
          () -> browser.text(By.id("role-form:history-table")).contains("created · " + statement));
      String history = browser.text(By.id("role-form:history-table"));
      assertThat(history)
          .contains("changed · " + statement)
          .contains("removed · " + statement)
          .contains("Context 4")
          .doesNotContain("tacit_context")
          .contains("hedda");
    }
  }

  /**
   * A role of 30 tasks shows 25 a page (each row carries its editor); a link to a task on the
   * second page, as the home page and the Reports page give, opens that page at the task.
   */
  @Test
  void aLargeRoleShowsItsTasksAPageAtATimeAndALinkToATaskOpensItsPage() throws Exception {
    StringBuilder file =
        new StringBuilder(
            "department,department_code,role,role_code,role_headcount,role_annual_cost,task,"
                + "task_time_share_pct\n");
    for (int i = 1; i <= 30; i++) {
      file.append("Paged work,PAGED,Many-task clerk,PAGED-CLERK,3,50000,Paged task ")
          .append(i)
          .append(',')
          .append(i < 30 ? "3.3" : "4.3")
          .append('\n');
    }
    Api ada = Api.as(portal, DemoUser.ADA);
    var imported =
        ada.post(
            "/inventories/import", "text/csv", file.toString().getBytes(StandardCharsets.UTF_8));
    assertThat(imported.statusCode()).as(imported.body()).isEqualTo(200);
    long role = Api.json(ada.get("/roles?department=PAGED")).get(0).get("id").asLong();
    long last = 0;
    for (var task : Api.json(ada.get("/roles/" + role + "/tasks"))) {
      if (task.get("statement").asText().equals("Paged task 30")) {
        last = task.get("id").asLong();
      }
    }

    try (Browser browser = new Browser(portal)) {
      browser.signIn(DemoUser.ADA);
      browser.open("/app/inventory/role.xhtml?id=" + role);
      browser.waitFor(By.id("role-form:tasks"));
      assertThat(browser.texts(STATEMENTS)).hasSize(25).contains("Paged task 1");
      assertThat(browser.text(By.id("role-form:tasks"))).contains("1–25 of 30");

      browser.open("/app/inventory/role.xhtml?id=" + role + "&task=" + last + "#task-" + last);
      browser.waitFor(By.id("role-form:tasks"));
      assertThat(browser.texts(STATEMENTS))
          .as("the page that holds the task")
          .hasSize(5)
          .contains("Paged task 30")
          .doesNotContain("Paged task 1");
      assertThat(browser.driver().findElement(By.id("task-" + last)).isDisplayed()).isTrue();
      browser.screenshot("role-second-page-ada");
    }
  }

  @Test
  void whenTwoPeopleEditTheSameTaskTheSecondIsToldAndNothingIsOverwritten() throws Exception {
    String statement = "Approve payment runs, run " + System.nanoTime();
    try (Browser first = new Browser(portal);
        Browser second = new Browser(portal)) {
      first.signIn(DemoUser.ADA);
      second.signIn(DemoUser.HEDDA);
      openFirstRoleOf(second, "FIN");
      addTask(second, statement);
      first.driver().get(second.driver().getCurrentUrl());

      // Both start editing the same version
      row(second, statement).findElement(By.cssSelector(".ui-row-editor-pencil")).click();
      row(first, statement).findElement(By.cssSelector(".ui-row-editor-pencil")).click();

      setShare(row(first, statement), "30");
      row(first, statement).findElement(By.cssSelector(".ui-row-editor-check")).click();
      first.waitForMessage("Saved.");

      setShare(row(second, statement), "40");
      row(second, statement).findElement(By.cssSelector(".ui-row-editor-check")).click();
      String warning = second.waitForMessage("Someone else changed this task meanwhile");
      second.screenshot("role-conflict-hedda");

      assertThat(warning).contains("not saved");
      second.waitUntil(
          "the table shows the first edit", () -> cell(second, statement, 1).equals("30"));
      second.driver().navigate().refresh();
      second.waitFor(By.id("role-form:tasks"));
      assertThat(cell(second, statement, 1)).isEqualTo("30");
    }
  }

  @Test
  void anEditorCanNeitherReadNorChangeAnotherDepartmentsRoleByAddressOrCraftedPostback()
      throws Exception {
    try (Browser analyst = new Browser(portal);
        Browser editor = new Browser(portal)) {
      analyst.signIn(DemoUser.ADA);
      String operationsRole = openFirstRoleOf(analyst, "OPS");
      long operationsTasks = statements(analyst).size();

      editor.signIn(DemoUser.HEDDA);
      editor.open("/app/inventory/role.xhtml?id=" + operationsRole);
      assertThat(editor.text(By.id("refused-what")))
          .contains("Role " + operationsRole + " is not in a department");
      assertThat(editor.driver().findElements(By.id("role-form:tasks"))).isEmpty();

      // Her own role's page, with the role in the postback swapped for the other department's
      openFirstRoleOf(editor, "FIN");
      editor.driver().findElement(By.id("role-form:new-statement")).sendKeys("Sneaked in");
      editor
          .driver()
          .executeScript(
              "var f = document.getElementById('role-form');var i ="
                  + " document.createElement('input'); i.type = 'hidden'; i.name = 'id'; i.value ="
                  + " arguments[0];f.appendChild(i);PrimeFaces.ab({s: 'role-form:add', f:"
                  + " 'role-form', p: '@all', u: 'role-form messages'});",
              operationsRole);
      assertThat(editor.text(By.id("refused-what")))
          .as("the Ajax refusal is the same forbidden page")
          .contains("is not in a department you may read");

      analyst.driver().navigate().refresh();
      assertThat(statements(analyst)).hasSize((int) operationsTasks).doesNotContain("Sneaked in");
    }
  }

  /** Opens the inventory of a department, then its first role; returns the role's id. */
  private static String openFirstRoleOf(Browser browser, String department) {
    browser.open("/app/inventory/?department=" + department);
    WebElement link = browser.waitFor(By.cssSelector("a.role-title"));
    String href = link.getAttribute("href");
    link.click();
    browser.waitFor(By.id("role-form:tasks"));
    return href.substring(href.indexOf("id=") + 3);
  }

  private static void addTask(Browser browser, String statement) {
    browser.driver().findElement(By.id("role-form:new-statement")).sendKeys(statement);
    browser.driver().findElement(By.id("role-form:add")).click();
    browser.waitForMessage("Task added.");
    browser.waitUntil("the new task shows", () -> statements(browser).contains(statement));
  }

  private static WebElement row(Browser browser, String statement) {
    return browser.waitFor(
        By.xpath(
            "//tbody[@id='role-form:tasks_data']/tr[.//span[@class='task-statement' and text()="
                + xpathLiteral(statement)
                + "]]"));
  }

  private static void setShare(WebElement row, String share) {
    WebElement input = row.findElement(By.cssSelector("td:nth-child(2) input[type=text]"));
    input.clear();
    input.sendKeys(share);
  }

  /** Opens the n-th fact's level menu in an editing row and picks the level labelled so. */
  private static void pickLevel(Browser browser, WebElement row, int fact, String label) {
    WebElement menu = row.findElements(By.cssSelector(".ui-selectonemenu")).get(fact);
    menu.click();
    WebElement panel = browser.waitFor(By.id(menu.getAttribute("id") + "_panel"));
    panel.findElement(By.cssSelector("li[data-label='" + label + "']")).click();
  }

  /** Opens the task's reasons in the scores table, once, and gives their text. */
  private static String reasons(Browser browser, String statement) {
    Object text =
        browser
            .driver()
            .executeScript(
                "for (const row of document.querySelectorAll(\"[id='role-form:scores_data'] >"
                    + " tr[data-ri]\")) {  const s = row.querySelector('.task-statement');  if (!s"
                    + " || s.textContent.trim() !== arguments[0]) continue;  const next ="
                    + " row.nextElementSibling;  if (next &&"
                    + " next.classList.contains('ui-expanded-row-content')) return next.innerText; "
                    + " if (!row.dataset.opened) { row.dataset.opened = '1';"
                    + " row.querySelector('.ui-row-toggler').click(); }  return '';}return '';",
                statement);
    return text == null ? "" : text.toString();
  }

  private static List<String> statements(Browser browser) {
    return browser.texts("[id='role-form:tasks_data'] .task-statement");
  }

  /**
   * The visible texts of a task's cells: statement, share, then the facts in rubric order; empty
   * while not shown.
   */
  @SuppressWarnings("unchecked")
  private static List<String> cellTexts(Browser browser, String statement) {
    return (List<String>)
        browser
            .driver()
            .executeScript(
                "for (const row of document.querySelectorAll(\"[id='role-form:tasks_data'] > tr\"))"
                    + " {  const s = row.querySelector('.task-statement');  if (s &&"
                    + " s.textContent.trim() === arguments[0]) return"
                    + " Array.from(row.children).map(td => td.innerText.trim());}return [];",
                statement);
  }

  private static String cell(Browser browser, String statement, int column) {
    List<String> cells = cellTexts(browser, statement);
    return cells.size() > column ? cells.get(column) : "";
  }

  private static String xpathLiteral(String text) {
    return "'" + text + "'"; // the statements here carry no apostrophe
  }
}
