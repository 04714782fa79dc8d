package org.tacit.web.health;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Objects;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;
import org.tacit.application.startup.DatabaseStatus;
import org.tacit.application.startup.SystemStatus;

/**
 * The portal is ready when its database answers and the schema is migrated. Served by Payara at
 * {@code /health/ready} to anyone who asks, so it says UP or DOWN and nothing else: the database's
 * product, version and error text would tell an attacker what to try (ASVS V14). The reason for a
 * DOWN goes to the server log, once per change; admins see the details on the Admin page.
 */
@Readiness
@ApplicationScoped
public class DatabaseReadiness implements HealthCheck {

  public static final String NAME = "tacit-database";

  private static final Logger LOG = Logger.getLogger(DatabaseReadiness.class.getName());

  @EJB SystemStatus system;

  private volatile String lastProblem;

  @Override
  public HealthCheckResponse call() {
    DatabaseStatus database = system.database();
    logWhenTheProblemChanges(database);
    return new HealthCheckResponse(
        NAME,
        database.up() ? HealthCheckResponse.Status.UP : HealthCheckResponse.Status.DOWN,
        Optional.empty());
  }

  private void logWhenTheProblemChanges(DatabaseStatus database) {
    String problem = database.up() ? null : database.problem();
    if (!Objects.equals(problem, lastProblem)) {
      lastProblem = problem;
      if (problem == null) {
        LOG.info("The database answers again: the portal is ready.");
      } else {
        LOG.log(Level.WARNING, "The portal is not ready: {0}", problem);
      }
    }
  }
}
