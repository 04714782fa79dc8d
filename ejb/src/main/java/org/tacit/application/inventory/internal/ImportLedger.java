package org.tacit.application.inventory.internal;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.LocalBean;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.tacit.application.access.CallerScope;
import org.tacit.application.access.TooManyAtOnceException;
import org.tacit.application.access.Work;
import org.tacit.application.access.WorkPermits;
import org.tacit.application.inventory.ImportPreview.DepartmentChanges;
import org.tacit.application.inventory.ImportReport;
import org.tacit.application.inventory.ImportSummary;
import org.tacit.application.operations.ClusterWork;
import org.tacit.domain.model.inventory.FileImport;
import org.tacit.domain.model.inventory.imports.ImportProgress;
import org.tacit.infrastructure.persistence.ImportRepository;
import org.tacit.text.Sentence;

/**
 * The record of each import, written apart from the import's own transaction so that every server
 * sees it: claimed before the import starts, beaten while it runs, failed in a transaction of its
 * own. Only marking it done belongs to the import's transaction, conditionally on its still
 * running: an import that another server gave up meanwhile ({@link WatchedImports}) rolls back and
 * stores nothing, and never overwrites that it failed.
 */
@Stateless
@LocalBean
@PermitAll // RecordedImports, BackgroundImports and InventoryServiceBean call it after their checks
public class ImportLedger {

  /** Why an import failed: its file had problems; the count is the argument. */
  static final String PROBLEMS = "import.reason.problems";

  /** Why an import failed: an error on its server, which the log holds. */
  static final String ERROR = "import.reason.error";

  @Inject ImportRepository imports;
  @Inject WorkPermits permits;
  Clock clock = Clock.systemUTC();

  /**
   * Records a new import of {@code actor}'s, running on this server.
   *
   * @throws TooManyAtOnceException when {@code actor} already has as many imports under way on the
   *     servers of the cluster as one person may ({@link WorkPermits#requireRoomIn})
   */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public long claim(String actor, String fileName) {
    Instant now = clock.instant();
    permits.requireRoomIn(
        actor, Work.IMPORT, imports.underWayBy(actor, now.minus(ClusterWork.ALIVE)));
    FileImport claimed = new FileImport(actor, fileName, ThisServer.name(), now);
    imports.add(claimed);
    return claimed.id();
  }

  /** See {@link ImportRepository#beat}. */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public boolean beat(long id, ImportProgress.Phase phase, int done, int total) {
    return imports.beat(id, phase, done, total, clock.instant());
  }

  /**
   * Marks the import done with what {@code report} says it wrote, in the import's transaction;
   * {@link ImportGivenUpException} when another server has failed it meanwhile, which rolls the
   * import back.
   */
  @TransactionAttribute(TransactionAttributeType.MANDATORY)
  public void finish(long id, ImportReport report) {
    List<String> changed =
        report.preview().departments().stream().map(DepartmentChanges::code).toList();
    if (!imports.finish(
        id, report.tasks(), FileImport.departmentsColumn(changed), clock.instant())) {
      throw new ImportGivenUpException(id);
    }
  }

  /** Fails the import unless it has ended already (another server may have given it up). */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public void fail(long id, Sentence why) {
    imports.fail(id, why, clock.instant());
  }

  /** Fails the running imports whose heartbeat has been quiet since before {@code quietSince}. */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public int failQuiet(Instant quietSince, Instant now) {
    return imports.failQuiet(quietSince, ImportSummary.SERVER_STOPPED, now);
  }

  /** One of the caller's own imports; empty for anyone else's. */
  public Optional<ImportSummary> seen(long id, CallerScope caller) {
    return imports
        .find(id)
        .filter(recorded -> recorded.startedBy().equals(caller.username()))
        .map(recorded -> ImportSummaries.of(recorded, caller));
  }

  /** The caller's own latest imports, newest first. */
  public List<ImportSummary> recent(CallerScope caller, int limit) {
    return imports.startedBy(caller.username(), limit).stream()
        .map(recorded -> ImportSummaries.of(recorded, caller))
        .toList();
  }
}
