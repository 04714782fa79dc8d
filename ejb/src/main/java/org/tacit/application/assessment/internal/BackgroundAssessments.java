package org.tacit.application.assessment.internal;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Asynchronous;
import jakarta.ejb.EJB;
import jakarta.ejb.LocalBean;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.tacit.application.access.ScopeTasks;
import org.tacit.application.access.WorkPermits;
import org.tacit.application.operations.ServerMetrics;

/**
 * Runs an assessment on a thread of the container, so that reassessing a whole organisation never
 * holds a request: the page shows the run's progress and can be left and come back to. The run
 * holds its starter's permit ({@link WorkPermits}) until it ends, however it ends.
 */
@Stateless
@LocalBean
@PermitAll // AssessmentsBean has checked the caller and fixed the scope on the request's thread
public class BackgroundAssessments {

  private static final Logger LOG = Logger.getLogger(BackgroundAssessments.class.getName());

  @EJB RunLedger ledger;
  @Inject RunProgressBoard board;
  @EJB ServerMetrics metrics;

  @Asynchronous
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  public void assess(long runId, ScopeTasks scope, WorkPermits.Permit permit) {
    long started = System.nanoTime();
    boolean done = false;
    try {
      ledger.perform(runId, scope);
      done = true;
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "Assessment run " + runId + " failed", e);
      ledger.fail(runId, "The run stopped and stored nothing: " + rootMessage(e));
    } finally {
      metrics.runEnded(Duration.ofNanos(System.nanoTime() - started), done);
      board.forget(runId);
      permit.close();
    }
  }

  private static String rootMessage(Throwable e) {
    Throwable root = e;
    while (root.getCause() != null) {
      root = root.getCause();
    }
    return root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
  }
}
