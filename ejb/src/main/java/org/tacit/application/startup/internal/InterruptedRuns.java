package org.tacit.application.startup.internal;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.tacit.infrastructure.persistence.AssessmentRepository;

/**
 * A run still RUNNING when the server starts was cut off by the stop (its work rolled back with
 * it): it is marked failed, so nobody waits on it forever.
 */
@Singleton
@Startup
@DependsOn("SchemaMigration")
public class InterruptedRuns {

  private static final Logger LOG = Logger.getLogger(InterruptedRuns.class.getName());

  @Inject AssessmentRepository runs;

  @PostConstruct
  void close() {
    try {
      runs.running()
          .forEach(
              run ->
                  run.fail(
                      "The server stopped while this run was working; it stored nothing."
                          + " Start it again.",
                      Instant.now(Clock.systemUTC())));
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "Could not close interrupted assessment runs", e);
    }
  }
}
