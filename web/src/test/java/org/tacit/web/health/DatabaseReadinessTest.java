package org.tacit.web.health;

import static org.assertj.core.api.Assertions.assertThat;

import org.eclipse.microprofile.health.HealthCheckResponse;
import org.junit.jupiter.api.Test;
import org.tacit.application.startup.DatabaseStatus;

class DatabaseReadinessTest {

  @Test
  void aDatabaseThatAnswersIsReportedUpWithoutProductOrVersion() {
    HealthCheckResponse response =
        readiness(DatabaseStatus.up("PostgreSQL", "17.11", "1.14")).call();

    assertThat(response.getName()).isEqualTo("tacit-database");
    assertThat(response.getStatus()).isEqualTo(HealthCheckResponse.Status.UP);
    assertThat(response.getData())
        .as("no product, version or schema for anonymous callers")
        .isEmpty();
  }

  @Test
  void aDatabaseThatDoesNotAnswerIsReportedDownWithoutTheErrorText() {
    HealthCheckResponse response =
        readiness(
                DatabaseStatus.down(
                    "The database cannot be reached: FATAL: password authentication failed for user"
                        + " \"tacit\""))
            .call();

    assertThat(response.getStatus()).isEqualTo(HealthCheckResponse.Status.DOWN);
    assertThat(response.getData()).isEmpty();
    assertThat(response.toString()).doesNotContain("password", "tacit\"");
  }

  private static DatabaseReadiness readiness(DatabaseStatus status) {
    DatabaseReadiness readiness = new DatabaseReadiness();
    readiness.system = () -> status;
    return readiness;
  }
}
