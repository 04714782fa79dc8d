package org.tacit.web.health;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;
import org.tacit.application.DatabaseStatus;
import org.tacit.application.SystemStatus;

/**
 * The portal is ready when its database answers and the schema is migrated. Served by Payara at
 * {@code /health/ready}; the run command waits for this check to say UP before it prints the URL.
 */
@Readiness
@ApplicationScoped
public class DatabaseReadiness implements HealthCheck {

  public static final String NAME = "tacit-database";

  @EJB SystemStatus system;

  @Override
  public HealthCheckResponse call() {
    DatabaseStatus database = system.database();
    HealthCheckResponseBuilder response = HealthCheckResponse.named(NAME).status(database.up());
    if (database.up()) {
      response.withData("product", database.product()).withData("schemaVersion", database.schemaVersion());
    } else {
      response.withData("problem", database.problem());
    }
    return response.build();
  }
}
