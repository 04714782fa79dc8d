package org.tacit.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

/**
 * The portal starts with the demo company, and each user sees only the departments of their scope.
 */
@ExtendWith(Portal.class)
class DemoOrganisationIT {

  private final Portal portal = Portal.get();

  @Test
  void anAnalystSeesEveryDemoDepartmentAndAViewerOnlyTheirs() throws Exception {
    assertThat(departmentsSeenBy(DemoUser.SAM))
        .hasSizeGreaterThanOrEqualTo(8)
        .contains("OPS", "FIN", "IT");
    assertThat(departmentsSeenBy(DemoUser.VIC)).containsExactly("OPS");
  }

  @Test
  void theDemoRolesOfADepartmentAreListed() throws Exception {
    try (Browser browser = new Browser(portal)) {
      browser.signIn(DemoUser.VIC);
      browser.open("/app/inventory/");

      List<String> roles =
          browser.driver().findElements(By.cssSelector(".role-title")).stream()
              .map(WebElement::getText)
              .toList();
      assertThat(roles).contains("Warehouse operative", "Production planner");
      browser.screenshot("inventory-vic");
    }
  }

  @Test
  void choosingADepartmentInTheTreeListsItsRoles() throws Exception {
    try (Browser browser = new Browser(portal)) {
      browser.signIn(DemoUser.SAM);
      browser.open("/app/inventory/");

      browser.waitFor(By.cssSelector(".department-node[data-code='OPS']")).click();

      browser.waitUntil(
          "the roles of Operations show",
          () -> browser.texts(".role-title").contains("Warehouse operative"));
      assertThat(browser.text(By.id("roles-form:roles-heading"))).isEqualTo("Operations");
      browser.screenshot("inventory-tree-sam");
    }
  }

  @Test
  void typingInTheTreesFilterLeavesTheDepartmentsWhoseNameOrCodeMatches() throws Exception {
    try (Browser browser = new Browser(portal)) {
      browser.signIn(DemoUser.SAM);
      browser.open("/app/inventory/");
      WebElement filter =
          browser.waitFor(By.cssSelector("#roles-form\\:departments .ui-tree-filter"));

      filter.sendKeys("oper");

      browser.waitUntil(
          "only Operations is left", () -> visibleDepartments(browser).equals(List.of("OPS")));
      browser.screenshot("inventory-tree-filtered-sam");
      filter.sendKeys(Keys.chord(Keys.CONTROL, "a"), "fin");
      browser.waitUntil(
          "the code matches as well as the name",
          () -> visibleDepartments(browser).equals(List.of("FIN")));
    }
  }

  /** Read in one script, since the tree is re-rendered under the test while it filters. */
  @SuppressWarnings("unchecked")
  private static List<String> visibleDepartments(Browser browser) {
    return (List<String>)
        ((JavascriptExecutor) browser.driver())
            .executeScript(
                "return Array.from(document.querySelectorAll("
                    + "'[id=\"roles-form:departments\"] .department-node'))"
                    + ".filter(n => n.offsetParent !== null).map(n => n.dataset.code);");
  }

  private List<String> departmentsSeenBy(DemoUser user) throws Exception {
    try (Browser browser = new Browser(portal)) {
      browser.signIn(user);
      browser.open("/app/inventory/");
      browser.waitFor(By.id("roles-form"));
      return browser
          .driver()
          .findElements(By.cssSelector("#roles-form\\:departments .department-node"))
          .stream()
          .map(node -> node.getAttribute("data-code"))
          .toList();
    }
  }
}
