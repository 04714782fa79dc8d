package org.tacit.application.inventory.internal;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.AsyncResult;
import jakarta.ejb.Asynchronous;
import jakarta.ejb.LocalBean;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.nio.file.Path;
import java.util.concurrent.Future;
import org.tacit.application.access.CallerScope;
import org.tacit.application.access.SecurityLog;
import org.tacit.application.access.WorkPermits;
import org.tacit.application.inventory.ImportReport;
import org.tacit.domain.model.inventory.imports.ImportProgress;

/**
 * Runs a large import on a thread of the container, in its own transaction, so that the page can
 * show its progress instead of waiting on one long request. Only {@link InventoryServiceBean} calls
 * this, with the scope it worked out on the request's thread and the caller's import permit, which
 * is given back when the import ends or fails.
 */
@Stateless
@LocalBean
@RolesAllowed({CallerScope.ADMIN, CallerScope.EDITOR})
public class BackgroundImports {

  @Inject InventoryImport inventoryImport;

  @Asynchronous
  public Future<ImportReport> importFile(
      Path file,
      String fileName,
      CallerScope caller,
      String clientAddress,
      ImportProgress progress,
      WorkPermits.Permit permit) {
    SecurityLog.enterRequest(
        clientAddress); // the import's events name the client that asked for it
    try (permit) {
      return new AsyncResult<>(inventoryImport.run(file, fileName, caller, true, progress));
    } finally {
      SecurityLog.leaveRequest();
    }
  }
}
