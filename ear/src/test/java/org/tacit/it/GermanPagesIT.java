package org.tacit.it;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * A German-speaking HR team gets German pages from their browser's language: the shell, the pages
 * of every area and a refusal read in German, and no page shows a key the bundle lacks ({@code
 * ???key???}) or a fact's internal name.
 */
@ExtendWith(Portal.class)
class GermanPagesIT {

  private final Portal portal = Portal.get();

  @Test
  void anEditorWithAGermanBrowserReadsEveryAreaInGerman() throws Exception {
    try (Browser browser = new Browser(portal, "de-DE")) {
      browser.signIn(DemoUser.HEDDA);
      assertThat(browser.text(By.id("nav-inventory"))).isEqualTo("Inventar");
      assertThat(browser.text(By.id("nav-assessment"))).isEqualTo("Bewertung");
      assertThat(browser.text(By.cssSelector("h1.tacit-page-title"))).isEqualTo("Übersicht");
      assertThat(browser.text(By.id("user-roles"))).isEqualTo("HR-Bearbeiter");
      assertGermanWithoutRawKeys(browser, "home");

      browser.open("/app/inventory/?department=FIN");
      assertThat(browser.text(By.id("export-csv"))).isEqualTo("Als CSV exportieren");
      assertThat(browser.text(By.id("import-panel"))).contains("Ein Aufgabeninventar importieren");
      assertGermanWithoutRawKeys(browser, "inventory");

      WebElement role = browser.waitFor(By.cssSelector("a.role-title"));
      role.click();
      browser.waitFor(By.id("role-form:tasks"));
      assertThat(browser.text(By.id("role-form:role-facts")))
          .contains("Abteilung", "Kosten je VZÄ", "€");
      assertThat(browser.text(By.id("role-form:tasks")))
          .contains("Lernbedarf", "Automatisierungsreife", "Kontext");
      assertThat(browser.text(By.id("role-form:scores-panel"))).contains("Bewertungen: Lernbedarf");
      // a score's reasons are worded in German too, with the answer's level
      browser.waitFor(By.cssSelector("[id='role-form:scores_data'] .ui-row-toggler")).click();
      String reasons =
          browser
              .waitFor(By.cssSelector("[id='role-form:scores_data'] .ui-expanded-row-content"))
              .getText();
      browser.screenshot("role-reasons-de");
      assertThat(reasons)
          .containsPattern("\\(\\d/5\\)|\\d h, ")
          .doesNotContain("depends on unwritten context")
          .doesNotContain("inputs and outputs are digital")
          .doesNotContain("AI's 1 h task horizon");
      assertGermanWithoutRawKeys(browser, "role");
      // an edit the domain refuses is refused in German: a task without a statement
      browser.driver().findElement(By.id("role-form:add")).click();
      browser.waitForMessage("Eine Aufgabe braucht eine Beschreibung.");
      browser.screenshot("de-role-refused");

      browser.open("/app/library/");
      assertThat(browser.waitFor(By.id("search-form:query")).getAttribute("placeholder"))
          .startsWith("Titel oder O*NET-SOC-Code");
      assertGermanWithoutRawKeys(browser, "library");

      browser.open("/app/assessment/");
      assertThat(browser.text(By.id("runs-form:runs-panel"))).contains("Bewertungsläufe");
      assertGermanWithoutRawKeys(browser, "assessment");

      browser.open("/app/reports/");
      browser.waitFor(By.id("content"));
      assertGermanWithoutRawKeys(browser, "reports");
      assertThat(browser.text(By.id("figures-explained")))
          .startsWith("Von ")
          .contains(
              "VZÄ in den Abteilungen, die Sie einsehen dürfen",
              "Die naive Exposition zählt jede Arbeitsstunde")
          .containsPattern("\\d\\h%");
      assertThat(browser.text(By.id("heatmap-legend"))).startsWith("Die Antworten jeder Rolle");
      browser.waitUntil(
          "the trend is drawn",
          () ->
              (Boolean)
                  browser.driver().executeScript("return !!(PF('trend') && PF('trend').chart);"));
      assertThat(
              browser
                  .driver()
                  .executeScript("return PF('trend').chart.options.scales.y.title.text;"))
          .isEqualTo("% der Arbeitsstunden");
      assertThat(
              browser
                  .driver()
                  .executeScript("return PF('trend').chart.data.datasets[0].texts[0];")
                  .toString())
          .startsWith("Naive Exposition (")
          .containsPattern("\\d\\h%$");
      assertThat(
              browser
                  .driver()
                  .executeScript("return PF('classHours').chart.data.datasets[0].label;"))
          .isEqualTo("Automatisierbar");
      browser.waitFor(By.id("sensitivity-intro"));
      assertThat(browser.text(By.id("sensitivity-intro")))
          .startsWith(
              "Die realistische Substitution der Abteilungen, die Sie einsehen dürfen, liegt");
      for (String part :
          new String[] {"reports-form:sensitivity", "reports-form:trend-chart", "heatmap"}) {
        browser
            .driver()
            .executeScript("document.getElementById(arguments[0]).scrollIntoView();", part);
        browser.screenshot("de-reports-" + part.replaceAll("\\W", "-"));
      }
    }
  }

  @Test
  void aRefusalReadsInGermanToo() throws Exception {
    try (Browser browser = new Browser(portal, "de")) {
      browser.signIn(DemoUser.VIC);
      browser.open("/app/admin/");

      assertThat(browser.text(By.cssSelector("h1.tacit-page-title")))
          .isEqualTo("Nicht für Ihre Rolle");
      assertThat(browser.text(By.id("refused-what")))
          .isEqualTo("Ihre Rolle öffnet die Seiten des Bereichs Administration nicht.");
      assertGermanWithoutRawKeys(browser, "forbidden");
    }
  }

  @Test
  void anAnalystReadsAndEditsTheScenarioAssumptionsInGerman() throws Exception {
    try (Browser browser = new Browser(portal, "de-DE")) {
      browser.signIn(DemoUser.SAM);
      browser.open("/app/reports/scenarios.xhtml");
      browser.waitFor(By.id("scenarios-form:new-scenario")).click();
      browser.waitFor(By.id("scenario-form:name"));
      String doubling = browser.text(By.id("assumption-doubling-months"));
      assertThat(doubling)
          .contains("Horizont verdoppelt sich alle", "Standard", "METR-Zeithorizonte")
          .doesNotContain("the trend fitted to");
      assertThat(browser.text(By.id("assumption-continual-learning-year")))
          .contains("kontinuierliches Lernen kommt", "Standard nie");
      assertThat(browser.text(By.id("assumption-real-work-share"))).contains("Standard 0,15");
      assertGermanWithoutRawKeys(browser, "scenarios");

      browser.open("/app/reports/");
      assertThat(browser.text(By.id("reports-form:assumption-values")))
          .contains("Annahme", "Quelle des Standards", "kontinuierliches Lernen kommt", "nie");
    }
  }

  @Test
  void anyOtherLanguageGetsEnglish() throws Exception {
    try (Browser browser = new Browser(portal, "fr-FR")) {
      browser.signIn(DemoUser.HEDDA);
      assertThat(browser.text(By.id("nav-inventory"))).isEqualTo("Inventory");
      assertThat(browser.driver().findElement(By.tagName("html")).getAttribute("lang"))
          .isEqualTo("en");
    }
  }

  private static void assertGermanWithoutRawKeys(Browser browser, String page) throws Exception {
    browser.waitFor(By.id("content"));
    browser.screenshot("de-" + page);
    String source = browser.driver().getPageSource();
    assertThat(browser.driver().findElement(By.tagName("html")).getAttribute("lang"))
        .isEqualTo("de");
    assertThat(source).as("a key the bundle lacks on the %s page", page).doesNotContain("???");
    assertThat(browser.text(By.id("content")))
        .as("internal fact names on the %s page", page)
        .doesNotContain("tacit_context", "digital_io", "task_length_hours");
  }
}
