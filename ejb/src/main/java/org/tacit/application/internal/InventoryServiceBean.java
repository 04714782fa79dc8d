package org.tacit.application.internal;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.tacit.application.CallerScope;
import org.tacit.application.ChangeView;
import org.tacit.application.DepartmentView;
import org.tacit.application.ImportReport;
import org.tacit.application.InventoryService;
import org.tacit.application.NotPermittedException;
import org.tacit.application.RoleView;
import org.tacit.domain.model.inventory.Role;
import org.tacit.domain.model.inventory.imports.DepartmentDraft;
import org.tacit.domain.model.inventory.imports.ImportProblem;
import org.tacit.domain.model.inventory.imports.ImportProgress;
import org.tacit.domain.model.inventory.imports.ImportResult;
import org.tacit.domain.model.inventory.imports.InventoryDraft;
import org.tacit.domain.model.organisation.Department;
import org.tacit.application.ExportFormat;
import org.tacit.infrastructure.imports.ImportLimits;
import org.tacit.infrastructure.imports.InventoryFiles;
import org.tacit.infrastructure.persistence.InventoryRepository;

/** The inventory, scoped to the caller: checks here hold for pages and API alike. */
@Stateless
@RolesAllowed({CallerScope.ADMIN, CallerScope.ANALYST, CallerScope.EDITOR, CallerScope.VIEWER})
public class InventoryServiceBean implements InventoryService {

  @Inject Callers callers;
  @Inject InventoryRepository inventory;
  @Inject InventoryImporter importer;
  @Inject InventoryExporter exporter;

  @Override
  public List<DepartmentView> departments() {
    CallerScope caller = callers.current();
    Map<Long, Object[]> totals = new HashMap<>();
    inventory.departmentTotals().forEach(row -> totals.put((Long) row[0], row));
    return inventory.departments().stream()
        .filter(d -> caller.mayRead(d.code()))
        .map(d -> {
          Object[] t = totals.getOrDefault(d.id(), new Object[] {d.id(), 0L, 0L});
          return new DepartmentView(d.code(), d.name(), d.parent().map(Department::code).orElse(null), (Long) t[1],
              (Long) t[2], caller.mayChange(d.code()));
        })
        .toList();
  }

  @Override
  public List<RoleView> roles(String departmentCode) {
    if (!callers.current().mayRead(departmentCode)) {
      throw new NotPermittedException("You may not read department " + departmentCode + ".");
    }
    Department department = inventory.department(departmentCode).orElse(null);
    if (department == null) {
      return List.of();
    }
    Map<Long, Object[]> totals = new HashMap<>();
    inventory.taskTotals(department).forEach(row -> totals.put((Long) row[0], row));
    return inventory.roles(department).stream().map(role -> RoleViews.of(role, totals.get(role.id()))).toList();
  }

  @Override
  public List<ChangeView> history(long roleId) {
    Role role = inventory.role(roleId).orElseThrow(() -> new NotPermittedException("There is no role " + roleId + "."));
    if (!callers.current().mayRead(role.department().code())) {
      throw new NotPermittedException("You may not read department " + role.department().code() + ".");
    }
    return inventory.history(roleId).stream()
        .map(c -> new ChangeView(c.changedAt(), c.actor(), c.action().name(), c.subject(),
            c.before().orElse(null), c.after().orElse(null)))
        .toList();
  }

  @Override
  public void export(String departmentCode, ExportFormat format, OutputStream out) {
    CallerScope caller = callers.current();
    if (departmentCode != null && !caller.mayRead(departmentCode)) {
      throw new NotPermittedException("You may not read department " + departmentCode + ".");
    }
    List<Department> departments = inventory.departments().stream()
        .filter(d -> departmentCode == null ? caller.mayRead(d.code()) : d.code().equals(departmentCode))
        .toList();
    try {
      exporter.write(departments, format, out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  @TransactionAttribute(TransactionAttributeType.SUPPORTS)
  public ImportReport check(Path file, String fileName) {
    return validate(file, fileName, false, ImportProgress.NONE);
  }

  @Override
  @TransactionAttribute(TransactionAttributeType.SUPPORTS)
  public ImportReport check(Path file, String fileName, ImportProgress progress) {
    return validate(file, fileName, false, progress);
  }

  @Override
  @RolesAllowed({CallerScope.ADMIN, CallerScope.EDITOR})
  public ImportReport importFile(Path file, String fileName) {
    return validate(file, fileName, true, ImportProgress.NONE);
  }

  @Override
  @RolesAllowed({CallerScope.ADMIN, CallerScope.EDITOR})
  public ImportReport importFile(Path file, String fileName, ImportProgress progress) {
    return validate(file, fileName, true, progress);
  }

  private ImportReport validate(Path file, String fileName, boolean write, ImportProgress progress) {
    ImportResult result = read(file, fileName, progress);
    if (!result.isValid()) {
      return ImportReport.refused(result.problems());
    }
    InventoryDraft draft = result.draft().orElseThrow();
    CallerScope caller = callers.current();
    Set<String> refused = caller.notChangeable(
        draft.departments().stream().map(DepartmentDraft::code).toList());
    if (!refused.isEmpty()) {
      return ImportReport.refused(List.of(ImportProblem.ofFile("You may not change department"
          + (refused.size() > 1 ? "s " : " ") + String.join(", ", refused) + "; nothing was imported.")));
    }
    ImportReport.Changes changes = write
        ? importer.apply(draft, caller.username(), Instant.now(), progress)
        : ImportReport.Changes.NONE;
    return new ImportReport(List.of(), draft.departments().size(), draft.roles().size(), draft.taskCount(), changes, write);
  }

  private static ImportResult read(Path file, String fileName, ImportProgress progress) {
    try {
      return InventoryFiles.read(file, fileName, ImportLimits.defaults(), progress);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
