package org.tacit.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

@ExtendWith(Portal.class)
class DatabaseIT {

  private final Portal portal = Portal.get();

  @Test
  void theReadinessCheckSaysUpAndNothingAboutTheDatabaseProduct() throws Exception {
    HttpResponse<String> response = Http.get(portal.healthUrl());

    assertThat(response.statusCode()).isEqualTo(200);
    JsonNode health = new ObjectMapper().readTree(response.body());
    JsonNode database = health.path("checks").findParent("name");
    assertThat(health.path("status").asText()).isEqualTo("UP");
    assertThat(database.path("name").asText()).isEqualTo("tacit-database");
    assertThat(database.path("data"))
        .as("no product, version or error text for anonymous callers")
        .isEmpty();
    assertThat(response.body()).doesNotContainIgnoringCase(portal.database().productName());
  }

  /** Which database the portal runs on, and its schema, are for the signed-in administrator. */
  @Test
  void theAdministratorSeesThePortalOnItsDatabaseWithTheSchemaMigrated() throws Exception {
    try (Browser browser = new Browser(portal)) {
      browser.signIn(DemoUser.ADA);
      browser.open("/app/admin/");

      assertThat(browser.text(By.id("database-status"))).isEqualTo("Answering");
      assertThat(browser.text(By.id("database-product")))
          .isEqualTo(portal.database().productName());
      assertThat(browser.text(By.id("database-schema"))).isNotIn("", "none");
    }
  }
}
