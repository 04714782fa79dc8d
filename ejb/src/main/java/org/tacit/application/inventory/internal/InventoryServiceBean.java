package org.tacit.application.inventory.internal;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.tacit.application.access.CallerScope;
import org.tacit.application.access.Callers;
import org.tacit.application.access.NotPermittedException;
import org.tacit.application.access.SecurityLog;
import org.tacit.application.access.Work;
import org.tacit.application.access.WorkPermits;
import org.tacit.application.inventory.ChangeEntry;
import org.tacit.application.inventory.DepartmentSummary;
import org.tacit.application.inventory.ImportReport;
import org.tacit.application.inventory.ImportSummary;
import org.tacit.application.inventory.InventoryService;
import org.tacit.application.inventory.RoleSummary;
import org.tacit.application.inventory.StartedImport;
import org.tacit.domain.model.inventory.Role;
import org.tacit.domain.model.inventory.imports.ImportProgress;
import org.tacit.domain.model.organisation.Department;
import org.tacit.domain.report.ExportFormat;
import org.tacit.infrastructure.persistence.InventoryRepository;

/**
 * The inventory, scoped to the caller: checks here hold for pages and API alike. Checking or
 * importing a file takes one of the caller's import permits ({@link WorkPermits}); every import is
 * recorded ({@link ImportLedger}), and a person reads only the records of their own imports.
 */
@Stateless
@RolesAllowed({CallerScope.ADMIN, CallerScope.ANALYST, CallerScope.EDITOR, CallerScope.VIEWER})
public class InventoryServiceBean implements InventoryService {

  @Inject Callers callers;
  @Inject InventoryRepository inventory;
  @Inject InventoryImport inventoryImport;
  @Resource SessionContext context;
  @EJB BackgroundImports background;
  @EJB ImportLedger ledger;
  @Inject InventoryExporter exporter;
  @Inject WorkPermits permits;

  @Override
  public List<DepartmentSummary> departments() {
    CallerScope caller = callers.current();
    Map<Long, Object[]> totals = new HashMap<>();
    inventory.departmentTotals().forEach(row -> totals.put((Long) row[0], row));
    return inventory.departments().stream()
        .filter(d -> caller.mayRead(d.code()))
        .map(
            d -> {
              Object[] t = totals.getOrDefault(d.id(), new Object[] {d.id(), 0L, 0L});
              return new DepartmentSummary(
                  d.code(),
                  d.name(),
                  d.parent().map(Department::code).orElse(null),
                  (Long) t[1],
                  (Long) t[2],
                  caller.mayChange(d.code()));
            })
        .toList();
  }

  @Override
  public List<RoleSummary> roles(String departmentCode) {
    callers.current().requireRead(departmentCode);
    Department department = inventory.department(departmentCode).orElse(null);
    if (department == null) {
      return List.of();
    }
    Map<Long, Object[]> totals = new HashMap<>();
    inventory.taskTotals(department).forEach(row -> totals.put((Long) row[0], row));
    return inventory.roles(department).stream()
        .map(role -> RoleSummaries.of(role, totals.get(role.id())))
        .toList();
  }

  @Override
  public List<ChangeEntry> history(long roleId) {
    Role role =
        inventory
            .role(roleId)
            .orElseThrow(
                () -> NotPermittedException.saying("notFound.role", String.valueOf(roleId)));
    callers.current().requireRead(role.department().code());
    return inventory.history(roleId).stream()
        .map(
            c ->
                new ChangeEntry(
                    c.changedAt(),
                    c.actor(),
                    c.action().name(),
                    c.subject(),
                    c.before().orElse(null),
                    c.after().orElse(null)))
        .toList();
  }

  @Override
  public void export(String departmentCode, ExportFormat format, OutputStream out) {
    CallerScope caller = callers.current();
    if (departmentCode != null) {
      caller.requireRead(departmentCode);
    }
    List<Department> departments =
        inventory.departments().stream()
            .filter(
                d ->
                    departmentCode == null
                        ? caller.mayRead(d.code())
                        : d.code().equals(departmentCode))
            .toList();
    try {
      exporter.write(departments, format, out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    SecurityLog.success(
        caller.username(),
        "export",
        "inventory of "
            + (departmentCode == null
                ? "every readable department"
                : "department " + departmentCode)
            + " as "
            + format);
  }

  @Override
  public ImportReport check(Path file, String fileName) {
    return check(file, fileName, ImportProgress.NONE);
  }

  @Override
  public ImportReport check(Path file, String fileName, ImportProgress progress) {
    CallerScope caller = callers.current();
    // The check reads the inventory in a transaction, to compare it with the file, and changes
    // nothing; rolling back makes sure of that
    context.setRollbackOnly();
    try (WorkPermits.Permit permit = permits.take(caller.username(), Work.IMPORT)) {
      return inventoryImport.run(file, fileName, caller, false, progress);
    }
  }

  @Override
  @RolesAllowed({CallerScope.ADMIN, CallerScope.EDITOR})
  public ImportReport importFile(Path file, String fileName) {
    return importFile(file, fileName, ImportProgress.NONE);
  }

  /**
   * Outside a transaction: the import's record is committed before the import's own transaction
   * starts, and the import commits, or fails, before this returns.
   */
  @Override
  @RolesAllowed({CallerScope.ADMIN, CallerScope.EDITOR})
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  public ImportReport importFile(Path file, String fileName, ImportProgress progress) {
    CallerScope caller = callers.current();
    try (WorkPermits.Permit permit = permits.take(caller.username(), Work.IMPORT)) {
      long id = ledger.claim(caller.username(), fileName);
      return background.importNow(id, file, fileName, caller, progress);
    }
  }

  @Override
  @RolesAllowed({CallerScope.ADMIN, CallerScope.EDITOR})
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  public StartedImport startImport(Path file, String fileName) {
    CallerScope caller = callers.current();
    WorkPermits.Permit permit = permits.take(caller.username(), Work.IMPORT);
    try {
      long id = ledger.claim(caller.username(), fileName);
      return new StartedImport(
          id,
          background.importFile(
              id, file, fileName, caller, SecurityLog.clientAddress().orElse(null), permit));
    } catch (RuntimeException e) {
      permit.close(); // harmless if the background import has already closed it
      throw e;
    }
  }

  @Override
  @RolesAllowed({CallerScope.ADMIN, CallerScope.EDITOR})
  public Optional<ImportSummary> recordedImport(long id) {
    return ledger.seen(id, callers.current());
  }

  @Override
  @RolesAllowed({CallerScope.ADMIN, CallerScope.EDITOR})
  public List<ImportSummary> recentImports(int limit) {
    return ledger.recent(callers.current(), limit);
  }
}
