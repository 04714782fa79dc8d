package org.tacit.application.inventory.internal;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.tacit.application.operations.ClusterWork;

/**
 * Large imports, as the cluster's one watch sees them: this server's imports under way get their
 * heartbeat, and an import whose server stopped is failed with a reason saying so, that nothing of
 * it was stored, and that the file can be sent again.
 */
@ApplicationScoped
public class WatchedImports implements ClusterWork {

  private static final Logger LOG = Logger.getLogger(WatchedImports.class.getName());

  @EJB ImportLedger ledger;
  @Inject ImportsUnderWay board;

  @Override
  public void beat() {
    board
        .working()
        .forEach(
            (id, step) -> {
              try {
                if (!ledger.beat(id, step.phase(), step.done(), step.total())) {
                  // given up by another server: the import goes on, and its end will find it
                  // failed and roll back
                  LOG.fine(() -> "Import " + id + " was given up while it runs");
                }
              } catch (RuntimeException e) {
                // the database may be away for a moment: the next beat tries again, and an import
                // is given up only after a minute of silence
                LOG.log(Level.FINE, "No heartbeat for import " + id, e);
              }
            });
  }

  @Override
  public int failQuiet(Instant quietSince, Instant now) {
    return ledger.failQuiet(quietSince, now);
  }

  @Override
  public String name() {
    return "inventory import(s)";
  }
}
