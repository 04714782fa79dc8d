package org.tacit.application.assessment.internal;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.inject.Inject;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Runs belong to the cluster, not to the server that started them. Every two seconds each server
 * writes onto the rows of the runs it works on that it is alive and how far they have got, so that
 * any server shows their progress; every twenty seconds each fails the runs whose heartbeat has
 * been quiet for {@link RunLedger#QUIET}: their server died with them, and they stored nothing (a
 * run stores its tasks in one transaction). Their starters can start them again. A server restarted
 * after a crash finds its own cut-off runs the same way.
 */
@Singleton
@PermitAll // timers run with no caller; they touch only what a run's server keeps
public class RunWatch {

  private static final Logger LOG = Logger.getLogger(RunWatch.class.getName());

  @Inject RunProgressBoard board;
  @EJB RunLedger ledger;

  @Schedule(second = "*/2", minute = "*", hour = "*", persistent = false)
  void beat() {
    board
        .working()
        .forEach(
            (runId, progress) -> {
              try {
                ledger.beat(runId, progress[0], progress[1]);
              } catch (RuntimeException e) {
                // the database may be away for a moment: the next beat tries again, and a run is
                // given up only after a minute of silence
                LOG.log(Level.FINE, "No heartbeat for run " + runId, e);
              }
            });
  }

  @Schedule(second = "*/20", minute = "*", hour = "*", persistent = false)
  void failQuiet() {
    try {
      int failed = ledger.failQuiet();
      if (failed > 0) {
        LOG.warning(
            () ->
                failed
                    + " assessment run(s) failed: their server stopped sending a heartbeat "
                    + RunLedger.QUIET.toSeconds()
                    + " s ago");
      }
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "Could not look for runs whose server has stopped: " + e, e);
    }
  }
}
