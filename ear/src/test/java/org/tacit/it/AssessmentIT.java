package org.tacit.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;

/** The Assessment pages in a real browser: the quadrant, runs in the background, a run's page, a comparison. */
@ExtendWith(Portal.class)
class AssessmentIT {

  private final Portal portal = Portal.get();

  @Test
  void theQuadrantShowsEveryScoredTaskTellsWhichOnHoverAndOpensItsRoleOnClick() throws Exception {
    try (Browser browser = new Browser(portal)) {
      browser.signIn(DemoUser.SAM);
      browser.open("/app/assessment/?department=FIN");
      WebElement canvas = browser.waitFor(By.cssSelector("[id='assessment-form:quadrant-chart'] canvas"));
      browser.waitUntil("the chart is drawn", () -> (Boolean) browser.driver().executeScript(
          "return !!(PF('quadrant') && PF('quadrant').chart);"));
      browser.screenshot("assessment-quadrant-sam");

      long points = (Long) browser.driver().executeScript(
          "return PF('quadrant').chart.data.datasets.reduce((n, d) => n + d.data.length, 0);");
      int scored = 0;
      for (WebElement tile : browser.driver().findElements(By.cssSelector(".tacit-class-tile"))) {
        if (!"UNSCORED".equals(tile.getAttribute("data-class"))) {
          scored += Integer.parseInt(tile.findElement(By.cssSelector(".tacit-tile-count")).getText().replaceAll("\\D", ""));
        }
      }
      assertThat(points).isEqualTo(scored).isPositive();

      @SuppressWarnings("unchecked")
      Map<String, Object> first = (Map<String, Object>) browser.driver().executeScript(
          "const c = PF('quadrant').chart;"
              + "for (let i = 0; i < c.data.datasets.length; i++) {"
              + "  const m = c.getDatasetMeta(i);"
              + "  if (m.data.length) return {x: m.data[0].x, y: m.data[0].y, task: c.data.datasets[i].data[0].task,"
              + "    href: c.data.datasets[i].data[0].href, w: c.canvas.clientWidth, h: c.canvas.clientHeight};"
              + "}");
      int dx = (int) Math.round(((Number) first.get("x")).doubleValue() - ((Number) first.get("w")).doubleValue() / 2);
      int dy = (int) Math.round(((Number) first.get("y")).doubleValue() - ((Number) first.get("h")).doubleValue() / 2);
      new Actions(browser.driver()).moveToElement(canvas, dx, dy).perform();
      browser.waitUntil("the tooltip names the task", () -> first.get("task").equals(browser.driver().executeScript(
          "const t = PF('quadrant').chart.tooltip; return t && t.getActiveElements().length ? t.title[0] : null;")));

      new Actions(browser.driver()).moveToElement(canvas, dx, dy).click().perform();
      browser.waitFor(By.id("role-form:tasks"));
      assertThat(browser.currentUrl().toString()).endsWith(first.get("href").toString().replaceFirst("^.*/app/", "/app/"));
    }
  }

  @Test
  void aRunOfTheOrganisationFinishesInTheBackgroundReproducesAndComparesWithAnother() throws Exception {
    try (Browser browser = new Browser(portal)) {
      browser.signIn(DemoUser.SAM);
      browser.open("/app/assessment/?department=FIN");
      browser.waitFor(By.id("runs-form:assess-organisation")).click();
      String started = browser.waitForMessage("started: Organisation");
      String organisationRun = started.replaceAll("^Run (\\d+) started.*$", "$1");

      browser.waitUntil("the run is done", () -> runStatus(browser, organisationRun).equals("Done"));
      browser.waitFor(By.id("runs-form:assess-department")).click();
      String departmentRun = browser.waitForMessage("started: Finance").replaceAll("^Run (\\d+) started.*$", "$1");
      browser.waitUntil("the department's run is done", () -> runStatus(browser, departmentRun).equals("Done"));
      browser.screenshot("assessment-runs-sam");

      browser.open("/app/assessment/run.xhtml?id=" + organisationRun);
      browser.waitFor(By.id("run-form:run-scores"));
      int tasks = browser.texts(".tacit-class-tile .tacit-tile-count").stream()
          .mapToInt(t -> Integer.parseInt(t.replaceAll("\\D", ""))).sum();
      browser.driver().findElement(By.id("run-form:reproduce")).click();
      browser.waitUntil("the check has answered", () -> !browser.texts("[id='run-form:reproduction-result']").isEmpty());
      assertThat(browser.text(By.id("run-form:reproduction-result")))
          .startsWith("Reproduced exactly: all").contains(String.format("%,d", tasks));
      browser.screenshot("assessment-run-sam");

      browser.open("/app/assessment/compare.xhtml?earlier=" + organisationRun + "&later=" + departmentRun);
      browser.waitFor(By.id("transition-matrix"));
      browser.screenshot("assessment-compare-sam");
      int unchanged = Integer.parseInt(browser.text(By.id("count-unchanged")).replaceAll("\\D", ""));
      int onlyEarlier = Integer.parseInt(browser.text(By.id("count-only-earlier")).replaceAll("\\D", ""));
      assertThat(onlyEarlier).as("tasks outside Finance are only in the organisation's run").isPositive();
      assertThat(unchanged + onlyEarlier).as("nothing changed in between").isEqualTo(tasks);
    }
  }

  @Test
  void anEditorSeesOnlyTheirDepartmentsScores() throws Exception {
    try (Browser browser = new Browser(portal)) {
      browser.signIn(DemoUser.HEDDA);
      browser.open("/app/assessment/?department=OPS");
      browser.waitFor(By.id("assessment-form:scores"));
      List<String> departments = browser.texts("[id='assessment-form:scores_data'] td:nth-child(3) .tacit-muted");
      assertThat(departments).isNotEmpty().allSatisfy(d -> assertThat(d).contains("FIN"));
    }
  }

  /** The status cell of a run in the runs table, as the page shows it now. */
  private static String runStatus(Browser browser, String runId) {
    Object status = browser.driver().executeScript(
        "for (const row of document.querySelectorAll(\"[id='runs-form:runs-table_data'] > tr\")) {"
            + "  const link = row.querySelector('a.run-link');"
            + "  if (link && link.textContent.trim() === '#' + arguments[0]) return row.querySelector('.run-status').innerText.trim();"
            + "}"
            + "return '';", runId);
    return status == null ? "" : status.toString();
  }
}
