package org.tacit.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;

/**
 * The Assessment pages in a real browser: the quadrant, runs in the background, a run's page, a
 * comparison.
 */
@ExtendWith(Portal.class)
class AssessmentIT {

  private final Portal portal = Portal.get();

  @Test
  void theQuadrantShowsEveryScoredTaskTellsWhichOnHoverAndOpensItsRoleOnClick() throws Exception {
    try (Browser browser = new Browser(portal)) {
      browser.signIn(DemoUser.SAM);
      browser.open("/app/assessment/?department=FIN");
      WebElement canvas =
          browser.waitFor(By.cssSelector("[id='assessment-form:quadrant-chart'] canvas"));
      browser.waitUntil(
          "the chart is drawn",
          () ->
              (Boolean)
                  browser
                      .driver()
                      .executeScript("return !!(PF('quadrant') && PF('quadrant').chart);"));
      browser.screenshot("assessment-quadrant-sam");

      long points =
          (Long)
              browser
                  .driver()
                  .executeScript(
                      "return PF('quadrant').chart.data.datasets.reduce((n, d) => n +"
                          + " d.data.length, 0);");
      int scored = 0;
      for (WebElement tile : browser.driver().findElements(By.cssSelector(".tacit-class-tile"))) {
        if (!"UNSCORED".equals(tile.getAttribute("data-class"))) {
          scored +=
              Integer.parseInt(
                  tile.findElement(By.cssSelector(".tacit-tile-count"))
                      .getText()
                      .replaceAll("\\D", ""));
        }
      }
      assertThat(points).isEqualTo(scored).isPositive();

      browser.driver().executeScript("arguments[0].scrollIntoView({block: 'center'});", canvas);
      // Each try reads the point's place afresh: the chart redraws when the page around it settles
      String[] task = new String[1];
      browser.waitUntil(
          "the tooltip names the task under the pointer",
          () -> {
            Map<String, Object> point = firstPoint(browser);
            task[0] = (String) point.get("task");
            pointAt(browser, canvas, point).perform();
            return task[0].equals(
                browser
                    .driver()
                    .executeScript(
                        "const t = PF('quadrant').chart.tooltip; return t &&"
                            + " t.getActiveElements().length ? t.title[0] : null;"));
          });

      Map<String, Object> point = firstPoint(browser);
      pointAt(browser, canvas, point).click().perform();
      browser.waitFor(By.id("role-form:tasks"));
      assertThat(browser.currentUrl().toString())
          .endsWith(point.get("href").toString().replaceFirst("^.*/app/", "/app/"));
    }
  }

  /**
   * A task alone at its place in the quadrant (no other dot within 10 pixels, so the pointer can
   * only mean it, and not on the edge of the plot, where a dot is half drawn): its place on the
   * canvas (pixels from the top left), statement and link.
   */
  @SuppressWarnings("unchecked")
  private static Map<String, Object> firstPoint(Browser browser) {
    return (Map<String, Object>)
        browser
            .driver()
            .executeScript(
                "const c = PF('quadrant').chart, all = [];c.data.datasets.forEach((d, i) =>"
                    + " c.getDatasetMeta(i).data.forEach((e, j) => all.push({x: e.x, y: e.y, p:"
                    + " d.data[j]})));const area = c.chartArea, inside = a => a.x > area.left + 6"
                    + " && a.x < area.right - 6  && a.y > area.top + 6 && a.y < area.bottom -"
                    + " 6;const alone = all.find(a => inside(a) && all.every(b => b === a ||"
                    + " Math.hypot(a.x - b.x, a.y - b.y) > 10))  || all.find(inside) ||"
                    + " all[0];return {x: alone.x, y: alone.y, task: alone.p.task, href:"
                    + " alone.p.href,  w: c.canvas.clientWidth, h: c.canvas.clientHeight};");
  }

  /** A real pointer moved onto the point (Selenium measures from the canvas's centre). */
  private static Actions pointAt(Browser browser, WebElement canvas, Map<String, Object> point) {
    int dx =
        (int)
            Math.round(
                ((Number) point.get("x")).doubleValue()
                    - ((Number) point.get("w")).doubleValue() / 2);
    int dy =
        (int)
            Math.round(
                ((Number) point.get("y")).doubleValue()
                    - ((Number) point.get("h")).doubleValue() / 2);
    return new Actions(browser.driver()).moveToElement(canvas, dx, dy);
  }

  @Test
  void aRunOfTheOrganisationFinishesInTheBackgroundReproducesAndComparesWithAnother()
      throws Exception {
    try (Browser browser = new Browser(portal)) {
      browser.signIn(DemoUser.SAM);
      browser.open("/app/assessment/?department=FIN");
      browser.waitFor(By.id("runs-form:assess-organisation")).click();
      String started = browser.waitForMessage("started: Organisation");
      String organisationRun = started.replaceAll("^Run (\\d+) started.*$", "$1");

      browser.waitUntil(
          "the run is done", () -> runStatus(browser, organisationRun).equals("Done"));
      browser.waitFor(By.id("runs-form:assess-department")).click();
      String departmentRun =
          browser.waitForMessage("started: Finance").replaceAll("^Run (\\d+) started.*$", "$1");
      browser.waitUntil(
          "the department's run is done", () -> runStatus(browser, departmentRun).equals("Done"));
      browser.screenshot("assessment-runs-sam");

      browser.open("/app/assessment/run.xhtml?id=" + organisationRun);
      browser.waitFor(By.id("run-form:run-scores"));
      int tasks =
          browser.texts(".tacit-class-tile .tacit-tile-count").stream()
              .mapToInt(t -> Integer.parseInt(t.replaceAll("\\D", "")))
              .sum();
      browser.driver().findElement(By.id("run-form:reproduce")).click();
      browser.waitUntil(
          "the check has answered",
          () -> !browser.texts("[id='run-form:reproduction-result']").isEmpty());
      assertThat(browser.text(By.id("run-form:reproduction-result")))
          .startsWith("Reproduced exactly: all")
          .contains(String.format("%,d", tasks));
      browser.screenshot("assessment-run-sam");

      // The run's tasks sort and filter in the database: readiness, largest first ...
      String table = "[id='run-form:run-scores']";
      browser.driver().findElement(By.xpath(READINESS_HEADER)).click();
      browser.waitUntil(
          "the tasks are in readiness order",
          () -> isSorted(readiness(browser), Comparator.<Double>naturalOrder()));
      browser.driver().findElement(By.xpath(READINESS_HEADER)).click();
      browser.waitUntil(
          "the most ready tasks come first",
          () -> isSorted(readiness(browser), Comparator.<Double>reverseOrder()));
      // ... then only those whose statement holds a word of the first, of its class
      String statement = browser.texts(table + " .task-statement").get(0);
      String word =
          java.util.Arrays.stream(statement.split("\\s+"))
              .max(Comparator.comparingInt(String::length))
              .orElseThrow();
      String taskClass = browser.texts("[id='run-form:run-scores_data'] > tr .task-class").get(0);
      browser
          .driver()
          .findElement(By.cssSelector("[id='run-form:run-scores_head'] input.ui-column-filter"))
          .sendKeys(word.toUpperCase(Locale.ROOT));
      browser.waitUntil(
          "only statements with \"" + word + "\" are left",
          () ->
              browser.texts(table + " .task-statement").stream()
                  .allMatch(
                      t -> t.toLowerCase(Locale.ROOT).contains(word.toLowerCase(Locale.ROOT))));
      browser
          .driver()
          .executeScript(
              "const s = document.querySelector(arguments[0] + ' .tacit-class-filter select');"
                  + " s.value = Array.from(s.options).find(o => o.text === arguments[1]).value;"
                  + " s.dispatchEvent(new Event('change'));",
              table,
              taskClass);
      browser.waitUntil(
          "only " + taskClass + " tasks are left",
          () ->
              browser.texts("[id='run-form:run-scores_data'] > tr .task-class").stream()
                  .allMatch(taskClass::equals));
      assertThat(browser.texts(table + " .task-statement")).contains(statement);
      browser.screenshot("assessment-run-filtered-sam");

      browser.open(
          "/app/assessment/compare.xhtml?earlier=" + organisationRun + "&later=" + departmentRun);
      browser.waitFor(By.id("transition-matrix"));
      browser.screenshot("assessment-compare-sam");
      int unchanged =
          Integer.parseInt(browser.text(By.id("count-unchanged")).replaceAll("\\D", ""));
      int onlyEarlier =
          Integer.parseInt(browser.text(By.id("count-only-earlier")).replaceAll("\\D", ""));
      assertThat(onlyEarlier)
          .as("tasks outside Finance are only in the organisation's run")
          .isPositive();
      assertThat(unchanged + onlyEarlier).as("nothing changed in between").isEqualTo(tasks);
    }
  }

  private static final String READINESS_HEADER =
      "//*[@id='run-form:run-scores_head']//th[normalize-space(.)='A']"
          + "//*[contains(@class, 'ui-column-title')]";

  /** The readiness column of a run's page, blank (no score) as null. */
  private static List<Double> readiness(Browser browser) {
    return browser.texts("[id='run-form:run-scores'] .task-automation-readiness").stream()
        .map(t -> t.isBlank() ? null : Double.valueOf(t.replaceAll("[^0-9.]", "")))
        .toList();
  }

  /** In order, a missing figure the smallest. */
  private static boolean isSorted(List<Double> figures, Comparator<Double> order) {
    Comparator<Double> withGaps = Comparator.nullsFirst(order);
    if (order.compare(0.0, 1.0) > 0) {
      withGaps = Comparator.nullsLast(order);
    }
    for (int i = 1; i < figures.size(); i++) {
      if (withGaps.compare(figures.get(i - 1), figures.get(i)) > 0) {
        return false;
      }
    }
    return figures.size() > 1;
  }

  @Test
  void anEditorSeesOnlyTheirDepartmentsScores() throws Exception {
    try (Browser browser = new Browser(portal)) {
      browser.signIn(DemoUser.HEDDA);
      browser.open("/app/assessment/?department=OPS");
      browser.waitFor(By.id("assessment-form:scores"));
      List<String> departments =
          browser.texts("[id='assessment-form:scores_data'] td:nth-child(3) .tacit-muted");
      assertThat(departments).isNotEmpty().allSatisfy(d -> assertThat(d).contains("FIN"));
    }
  }

  /** The status cell of a run in the runs table, as the page shows it now. */
  private static String runStatus(Browser browser, String runId) {
    Object status =
        browser
            .driver()
            .executeScript(
                "for (const row of document.querySelectorAll(\"[id='runs-form:runs-table_data'] >"
                    + " tr\")) {  const link = row.querySelector('a.run-link');  if (link &&"
                    + " link.textContent.trim() === '#' + arguments[0]) return"
                    + " row.querySelector('.run-status').innerText.trim();}return '';",
                runId);
    return status == null ? "" : status.toString();
  }
}
