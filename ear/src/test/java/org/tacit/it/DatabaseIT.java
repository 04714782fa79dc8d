package org.tacit.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(Portal.class)
class DatabaseIT {

  private final Portal portal = Portal.get();

  @Test
  void thePortalIsReadyOnItsDatabaseWithTheSchemaMigrated() throws Exception {
    HttpResponse<String> response = Http.get(portal.healthUrl());

    assertThat(response.statusCode()).isEqualTo(200);
    JsonNode health = new ObjectMapper().readTree(response.body());
    JsonNode database = health.path("checks").findParent("name");
    assertThat(health.path("status").asText()).isEqualTo("UP");
    assertThat(database.path("name").asText()).isEqualTo("tacit-database");
    assertThat(database.path("data").path("product").asText()).isEqualTo(portal.database().productName());
    assertThat(database.path("data").path("schemaVersion").asText()).isNotIn("", "none");
  }
}
