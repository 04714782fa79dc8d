package org.tacit.application.inventory.internal;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.AsyncResult;
import jakarta.ejb.Asynchronous;
import jakarta.ejb.EJB;
import jakarta.ejb.LocalBean;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.nio.file.Path;
import java.util.concurrent.Future;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.tacit.application.access.CallerScope;
import org.tacit.application.access.SecurityLog;
import org.tacit.application.access.WorkPermits;
import org.tacit.application.inventory.ImportReport;
import org.tacit.domain.model.inventory.imports.ImportProgress;
import org.tacit.text.Sentence;

/**
 * Runs a claimed import in its own transaction ({@link RecordedImports}), outside any other, and
 * fails its record when that transaction fails: whether the import broke, could not commit, or
 * found another server had given it up (then its record is failed already and stays as it is).
 * Large imports run here on a thread of the container, so that the page shows their progress
 * instead of waiting on one long request. Only {@link InventoryServiceBean} calls this, with the
 * scope it worked out on the request's thread and the caller's import permit, which is given back
 * when the import ends or fails.
 */
@Stateless
@LocalBean
@RolesAllowed({CallerScope.ADMIN, CallerScope.EDITOR})
public class BackgroundImports {

  private static final Logger LOG = Logger.getLogger(BackgroundImports.class.getName());

  @EJB RecordedImports recorded;
  @EJB ImportLedger ledger;
  @Inject ImportsUnderWay board;

  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  public ImportReport importNow(
      long id, Path file, String fileName, CallerScope caller, ImportProgress progress) {
    // on the board until its transaction has committed too, which for a large file takes a while:
    // the watch beats for it all along (ImportsUnderWay)
    board.begin(id);
    try {
      return recorded.perform(id, file, fileName, caller, progress);
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "Inventory import " + id + " failed and stored nothing", e);
      ledger.fail(id, Sentence.of(ImportLedger.ERROR));
      throw e;
    } finally {
      board.end(id);
    }
  }

  @Asynchronous
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  public Future<ImportReport> importFile(
      long id,
      Path file,
      String fileName,
      CallerScope caller,
      String clientAddress,
      WorkPermits.Permit permit) {
    SecurityLog.enterRequest(
        clientAddress); // the import's events name the client that asked for it
    try (permit) {
      return new AsyncResult<>(importNow(id, file, fileName, caller, ImportProgress.NONE));
    } finally {
      SecurityLog.leaveRequest();
    }
  }
}
