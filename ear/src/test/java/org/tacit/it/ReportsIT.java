package org.tacit.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

/** The Reports page in a real browser: the headline figures, the trend by year, the departments. */
@ExtendWith(Portal.class)
class ReportsIT {

  private final Portal portal = Portal.get();

  @Test
  void anAnalystSeesTheThreeFiguresAndTheirCourseUnderEveryScenario() throws Exception {
    try (Browser browser = new Browser(portal)) {
      browser.signIn(DemoUser.SAM);
      browser.open("/app/reports/");
      browser.waitFor(By.cssSelector("[id='reports-form:trend-chart'] canvas"));
      browser.waitUntil("the trend is drawn", () -> (Boolean) browser.driver().executeScript(
          "return !!(PF('trend') && PF('trend').chart);"));
      browser.screenshot("reports-sam");

      long scenarios = browser.driver().findElements(By.cssSelector("[id='reports-form:scenario_input'] option")).size();
      long lines = (Long) browser.driver().executeScript("return PF('trend').chart.data.datasets.length;");
      assertThat(lines).as("exposure, substitutable, and one realistic line per scenario").isEqualTo(2 + scenarios);
      assertThat(scenarios).isGreaterThanOrEqualTo(3);
      long years = (Long) browser.driver().executeScript("return PF('trend').chart.data.labels.length;");
      assertThat(years).isEqualTo(11);

      List<String> headline = browser.texts("#headline .tacit-tile-count");
      assertThat(headline).hasSize(6).allSatisfy(figure -> assertThat(figure).endsWith("%"));
      assertThat(browser.texts("[id='reports-form:departments_data'] > tr")).hasSizeGreaterThan(1);

      // The download link, fetched with the page's own session
      String csv = (String) browser.driver().executeAsyncScript("const done = arguments[arguments.length - 1];"
          + "fetch(document.getElementById('download-csv').href).then(r => r.text()).then(done);");
      assertThat(csv.lines().findFirst()).hasValueSatisfying(header -> assertThat(header).contains("scenario,rule_set_version,level"));
      assertThat(csv.lines().count()).isGreaterThan(11);

      // The Board PDF button, fetched the same way: a PDF of the selected scenario
      String pdf = (String) browser.driver().executeAsyncScript("const done = arguments[arguments.length - 1];"
          + "fetch(document.querySelector(\"[id='reports-form:download-board-pdf'] a\").href)"
          + ".then(r => r.arrayBuffer().then(b => r.status + ' ' + r.headers.get('content-type') + ' '"
          + " + String.fromCharCode(...new Uint8Array(b.slice(0, 5))))).then(done);");
      assertThat(pdf).isEqualTo("200 application/pdf %PDF-");
    }
  }

  @Test
  void anEditorSeesOnlyTheirDepartment() throws Exception {
    try (Browser browser = new Browser(portal)) {
      browser.signIn(DemoUser.HEDDA);
      browser.open("/app/reports/");
      browser.waitFor(By.id("reports-form:departments"));
      assertThat(browser.texts("[id='reports-form:departments_data'] > tr")).singleElement()
          .satisfies(row -> assertThat(row).contains("FIN"));
    }
  }
}
