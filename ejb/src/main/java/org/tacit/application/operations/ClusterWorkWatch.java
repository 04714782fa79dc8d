package org.tacit.application.operations;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * On every server, the timers of the cluster's work other than assessment runs (those have their
 * own watch, on the same beat): every two seconds each kind of {@link ClusterWork} writes the
 * heartbeat of what this server works on; every twenty, it gives up what has been quiet for {@link
 * ClusterWork#QUIET}, whichever server it belonged to. Timers of the container, not persisted: each
 * server has its own, and a server that is down simply does not look.
 */
@Singleton
@PermitAll // timers run with no caller; they touch only the records of the cluster's work
public class ClusterWorkWatch {

  private static final Logger LOG = Logger.getLogger(ClusterWorkWatch.class.getName());

  @Inject @Any Instance<ClusterWork> work;

  @Schedule(second = "*/2", minute = "*", hour = "*", persistent = false)
  void beat() {
    for (ClusterWork kind : work) {
      try {
        kind.beat();
      } catch (RuntimeException e) {
        // the database may be away for a moment: the next beat tries again
        LOG.log(Level.FINE, "No heartbeat for " + kind.name(), e);
      }
    }
  }

  @Schedule(second = "*/20", minute = "*", hour = "*", persistent = false)
  void failQuiet() {
    Instant now = Instant.now(Clock.systemUTC());
    for (ClusterWork kind : work) {
      try {
        int failed = kind.failQuiet(now.minus(ClusterWork.QUIET), now);
        if (failed > 0) {
          LOG.warning(
              () ->
                  failed
                      + " "
                      + kind.name()
                      + " failed: their server stopped sending a heartbeat "
                      + ClusterWork.QUIET.toSeconds()
                      + " s ago");
        }
      } catch (RuntimeException e) {
        LOG.log(
            Level.WARNING, "Could not look for " + kind.name() + " whose server has stopped", e);
      }
    }
  }
}
