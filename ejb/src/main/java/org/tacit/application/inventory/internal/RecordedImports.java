package org.tacit.application.inventory.internal;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.LocalBean;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.nio.file.Path;
import org.tacit.application.access.CallerScope;
import org.tacit.application.inventory.ImportReport;
import org.tacit.domain.model.inventory.imports.ImportProgress;
import org.tacit.text.Sentence;

/**
 * The one transaction of a claimed import: it writes the file and marks the import's record done,
 * or, when the file has problems, writes nothing and fails the record in a transaction of its own.
 * Marking it done fails, and the whole import with it, when another server has given it up.
 */
@Stateless
@LocalBean
@PermitAll // only BackgroundImports calls it, with the scope worked out on the caller's thread
public class RecordedImports {

  @Inject InventoryImport inventoryImport;
  @Inject ImportsUnderWay board;
  @EJB ImportLedger ledger;

  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public ImportReport perform(
      long id, Path file, String fileName, CallerScope caller, ImportProgress progress) {
    return perform(
        id,
        file,
        fileName,
        caller,
        new ImportHeartbeat(id, board, progress),
        ledger,
        inventoryImport);
  }

  /** The import itself, for the bean above and for tests that hold their own transactions. */
  static ImportReport perform(
      long id,
      Path file,
      String fileName,
      CallerScope caller,
      ImportProgress heartbeat,
      ImportLedger ledger,
      InventoryImport inventoryImport) {
    ImportReport report = inventoryImport.run(file, fileName, caller, true, heartbeat);
    if (report.valid()) {
      ledger.finish(id, report);
    } else {
      ledger.fail(id, Sentence.of(ImportLedger.PROBLEMS, report.problems().size()));
    }
    return report.recordedAs(id);
  }
}
