package org.tacit.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * Why the figures are what they are, on the demo organisation: what holds each role and department
 * back, what would change it (linked to the task on the role page), how sure the headline is, and
 * the real-work check of every scenario; on the page and in the API, for the caller's departments.
 */
@ExtendWith(Portal.class)
class WhyThisNumberIT {

  private final Portal portal = Portal.get();

  @Test
  void anAnalystSeesWhatHoldsEachRoleBackWhatWouldChangeItAndHowSureTheHeadlineIs()
      throws Exception {
    try (Browser browser = new Browser(portal)) {
      browser.signIn(DemoUser.SAM);
      browser.open("/app/reports/");
      browser.waitFor(By.id("reports-form:departments"));

      // How sure the headline is: the range beside both last-year figures, and the tornado
      browser.waitFor(By.cssSelector(".range-realistic"));
      assertThat(browser.texts(".headline-range"))
          .hasSize(2)
          .allSatisfy(
              range ->
                  assertThat(range)
                      .matches("\\d+(\\.\\d)?\\s?%\u2013\\d+(\\.\\d)?\\s?% across the presets"));
      browser.waitUntil(
          "the sensitivity is drawn",
          () ->
              (Boolean)
                  browser
                      .driver()
                      .executeScript("return !!(PF('sensitivity') && PF('sensitivity').chart);"));
      long swings =
          (Long)
              browser.driver().executeScript("return PF('sensitivity').chart.data.labels.length;");
      assertThat(swings).isEqualTo(6);
      assertThat(browser.texts("#sensitivity-values .swing-label"))
          .contains("Years to full use: 8 | 3", "Continual learning arrives: never | 2030");
      browser.screenshot("why-headline-sam");

      // What holds the scope back, and what would change it
      assertThat(browser.texts("#scope-why li"))
          .isNotEmpty()
          .allSatisfy(sentence -> assertThat(sentence).containsPattern("\\d+ h"));
      List<String> answers = browser.texts("#open-answers a.open-answer");
      assertThat(answers)
          .hasSizeBetween(1, 10)
          .allSatisfy(
              answer -> assertThat(answer).containsPattern("hours a year wait on (it|them)$"));
      scrollTo(browser, "why-figures");
      browser.screenshot("why-open-answers-sam");
      scrollTo(browser, "reports-form:sensitivity");
      browser.screenshot("why-sensitivity-sam");

      // Every department and every role on the first page says what holds it back most
      assertThat(browser.texts("[id='reports-form:departments_data'] .held-most-by"))
          .hasSizeGreaterThanOrEqualTo(8)
          .allSatisfy(text -> assertThat(text).isNotBlank());
      List<String> roles = browser.texts("[id='reports-form:roles_data'] > tr .held-most-by");
      assertThat(roles)
          .isNotEmpty()
          .allSatisfy(text -> assertThat(text).matches(".+: \\d+(\\.\\d)?\\s?%|nothing"));
      // The last role ranked is substituted least: open it, it says why in sentences
      List<WebElement> togglers =
          browser
              .driver()
              .findElements(By.cssSelector("[id='reports-form:roles_data'] > tr .ui-row-toggler"));
      togglers.get(togglers.size() - 1).click();
      browser.waitFor(By.cssSelector(".role-why .tacit-why li"));
      assertThat(browser.texts(".role-why .tacit-why li"))
          .allSatisfy(s -> assertThat(s).containsPattern("\\d+ h"));
      scrollTo(browser, "reports-form:roles");
      browser.screenshot("why-role-sam");

      // The US economy has all three figures now that O*NET task lengths are estimated, and says
      // how
      List<String> economy =
          browser.texts("[id='reports-form:economy-figures_data'] > tr .economy-theirs");
      assertThat(economy.subList(0, 3))
          .allSatisfy(figure -> assertThat(figure).matches("\\d+(\\.\\d)?\\s?%"));
      assertThat(browser.texts("#economy-unknown-length")).singleElement().asString().endsWith("%");
      scrollTo(browser, "reports-form:economy");
      browser.screenshot("why-economy-sam");

      // An answer's link opens the role page at its task
      String link =
          browser
              .driver()
              .findElement(By.cssSelector("#open-answers a.open-answer"))
              .getAttribute("href");
      assertThat(link).contains("/app/inventory/role.xhtml?id=").contains("#task-");
      browser.driver().get(link);
      String task = link.substring(link.indexOf('#') + 1);
      assertThat(browser.waitFor(By.id(task)).getText()).isNotBlank();
      browser.screenshot("why-role-page-at-task-sam");
    }
  }

  @Test
  void theScenariosPageChecksEveryScenarioAgainstTheRemoteLaborIndex() throws Exception {
    try (Browser browser = new Browser(portal)) {
      browser.signIn(DemoUser.SAM);
      browser.open("/app/reports/scenarios.xhtml");
      browser.waitFor(By.id("real-work-check"));
      List<String> lines = browser.texts("#real-work-check .real-work-line");
      assertThat(lines)
          .anySatisfy(
              line ->
                  assertThat(line)
                      .startsWith("\u201cBase\u201d: this scenario's rule gives ")
                      .contains(
                          "of work like the Remote Labor Index's (11.5 h, moderate error cost,"
                              + " October 2025) done; the RLI measured 2.5% (holds within a factor"
                              + " of two)"));
      assertThat(browser.text(By.id("real-work-derivation")))
          .contains("How much of the benchmark holds on real work");
      scrollTo(browser, "real-work-check");
      browser.screenshot("why-real-work-check-sam");
    }
  }

  @Test
  void theApiCarriesWhatHoldsTheFiguresBackAndWhatWouldChangeThemForTheCallersDepartmentsOnly()
      throws Exception {
    Api sam = Api.as(portal, DemoUser.SAM);
    long base = -1;
    for (JsonNode s : Api.json(sam.get("/scenarios"))) {
      base = s.get("name").asText().equals("Base") ? s.get("id").asLong() : base;
    }
    JsonNode report = Api.json(sam.get("/reports/substitution?scenario=" + base));

    // Under Base every department with work ready for AI has some of it technically substitutable
    // in some year
    for (JsonNode department : report.get("departments")) {
      double exposed = 0;
      double substitutable = 0;
      for (JsonNode year : department.get("years")) {
        exposed = Math.max(exposed, year.get("naiveExposure").get("share").asDouble());
        substitutable =
            Math.max(substitutable, year.get("technicallySubstitutable").get("share").asDouble());
        JsonNode holdback = year.get("holdback");
        double held = 0;
        for (String part :
            List.of(
                "notReady", "learningNeed", "taskLength", "unknownLength", "adoptionAndCapture")) {
          held += holdback.get(part).get("hours").asDouble();
        }
        assertThat(held + year.get("realisticSubstitution").get("hours").asDouble())
            .isCloseTo(year.get("hours").asDouble(), org.assertj.core.api.Assertions.within(0.01));
      }
      if (exposed > 0) {
        assertThat(substitutable).as(department.get("key").asText()).isPositive();
      }
    }
    JsonNode open = report.get("openAnswers");
    assertThat(open.size()).isPositive();
    JsonNode first = open.get(0);
    assertThat(first.get("roleId").asLong()).isPositive();
    assertThat(first.get("kind").asText())
        .isIn("NO_LENGTH", "ESTIMATED_LENGTH", "ESTIMATED_LEARNING_NEED", "UNSCORED");
    assertThat(first.get("taskIds").size()).isPositive();
    assertThat(first.get("hours").asDouble()).isPositive();
    JsonNode certainty = report.get("certainty");
    assertThat(certainty.get("sensitivity").get("swings")).hasSize(6);
    assertThat(certainty.get("organisation").get("realistic").get("low").asDouble())
        .isLessThanOrEqualTo(certainty.get("organisation").get("realistic").get("high").asDouble());

    JsonNode own =
        Api.json(Api.as(portal, DemoUser.HEDDA).get("/reports/substitution?scenario=" + base));
    Set<String> departments = new HashSet<>();
    own.get("openAnswers").forEach(o -> departments.add(o.get("departmentCode").asText()));
    own.get("certainty").get("departments").forEach(d -> departments.add(d.get("key").asText()));
    assertThat(departments).containsExactly("FIN");
  }

  private static void scrollTo(Browser browser, String id) {
    browser.driver().executeScript("document.getElementById(arguments[0]).scrollIntoView();", id);
  }
}
