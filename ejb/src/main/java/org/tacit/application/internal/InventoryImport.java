package org.tacit.application.internal;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.tacit.application.CallerScope;
import org.tacit.application.ImportReport;
import org.tacit.domain.model.inventory.imports.DepartmentDraft;
import org.tacit.domain.model.inventory.imports.ImportProblem;
import org.tacit.domain.model.inventory.imports.ImportProgress;
import org.tacit.domain.model.inventory.imports.ImportResult;
import org.tacit.domain.model.inventory.imports.InventoryDraft;
import org.tacit.infrastructure.imports.ImportLimits;
import org.tacit.infrastructure.imports.InventoryFiles;

/**
 * One import of a file for one caller: read and validate it, check the caller may change every
 * department it names, and (when asked) write it. Whoever calls this has already worked out the
 * caller's scope on the request's own thread, where the sign-in is known.
 */
@Dependent
class InventoryImport {

  @Inject InventoryImporter importer;

  ImportReport run(Path file, String fileName, CallerScope caller, boolean write, ImportProgress progress) {
    ImportResult result = read(file, fileName, progress);
    if (!result.isValid()) {
      return ImportReport.refused(result.problems());
    }
    InventoryDraft draft = result.draft().orElseThrow();
    Set<String> refused = caller.notChangeable(draft.departments().stream().map(DepartmentDraft::code).toList());
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
