package org.tacit.application.inventory.internal;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.tacit.application.access.CallerScope;
import org.tacit.application.access.SecurityLog;
import org.tacit.application.access.SecurityLog.Outcome;
import org.tacit.application.inventory.ImportReport;
import org.tacit.domain.model.inventory.imports.DepartmentDraft;
import org.tacit.domain.model.inventory.imports.ImportProblem;
import org.tacit.domain.model.inventory.imports.ImportProgress;
import org.tacit.domain.model.inventory.imports.ImportResult;
import org.tacit.domain.model.inventory.imports.InventoryDraft;
import org.tacit.infrastructure.imports.ImportLimits;
import org.tacit.infrastructure.imports.InventoryFiles;
import org.tacit.infrastructure.persistence.InventoryRepository;
import org.tacit.infrastructure.persistence.OccupationRepository;

/**
 * One import of a file for one caller: read and validate it, check the caller may change every
 * department it names, and (when asked) write it. Whoever calls this has already worked out the
 * caller's scope on the request's own thread, where the sign-in is known.
 */
@Dependent
class InventoryImport {

  @Inject InventoryImporter importer;
  @Inject InventoryRepository inventory;
  @Inject OccupationRepository library;

  /**
   * Imports (or only checks) the file. An import is a security event when it starts, ends, is
   * refused or fails; a check only when it names departments the caller may not change.
   */
  ImportReport run(
      Path file, String fileName, CallerScope caller, boolean write, ImportProgress progress) {
    String what = "inventory file " + fileName;
    String action = write ? "import" : "import-check";
    if (write) {
      SecurityLog.success(caller.username(), "import-start", what);
    }
    try {
      ImportResult result = read(file, fileName, progress);
      if (!result.isValid()) {
        return nothingImported(
            write,
            caller,
            what,
            result.problems(),
            result.problems().size() + " problems in the file");
      }
      InventoryDraft draft = result.draft().orElseThrow();
      Set<String> refused =
          caller.notChangeable(draft.departments().stream().map(DepartmentDraft::code).toList());
      if (!refused.isEmpty()) {
        SecurityLog.refused(
            caller.username(), action, what, "may not change " + String.join(", ", refused));
        return ImportReport.refused(
            List.of(
                ImportProblem.ofFile(
                    ImportProblem.saying(
                        "mayNotChange", refused.size(), String.join(", ", refused)))));
      }
      OccupationCodes codes = occupationCodes(draft);
      if (!codes.problems().isEmpty()) {
        return nothingImported(
            write,
            caller,
            what,
            codes.problems(),
            codes.problems().size() + " unknown O*NET codes");
      }
      ImportTally tally =
          write
              ? importer.write(draft, caller.username(), Instant.now(), progress)
              : importer.check(draft);
      if (write) {
        SecurityLog.record(
            caller.username(),
            action,
            what,
            Outcome.SUCCESS,
            draft.departments().size()
                + " departments, "
                + draft.roles().size()
                + " roles, "
                + draft.taskCount()
                + " tasks");
      }
      return new ImportReport(
          List.of(),
          codes.warnings(),
          draft.departments().size(),
          draft.roles().size(),
          draft.taskCount(),
          tally.changes(),
          tally.preview(),
          write,
          null);
    } catch (RuntimeException e) {
      if (write) {
        SecurityLog.record(
            caller.username(), action, what, Outcome.FAILED, e.getClass().getSimpleName());
      }
      throw e;
    }
  }

  /** A file with problems: nothing is written, and a refused import is a security event. */
  private static ImportReport nothingImported(
      boolean write, CallerScope caller, String what, List<ImportProblem> problems, String why) {
    if (write) {
      SecurityLog.record(
          caller.username(), "import", what, Outcome.FAILED, why + "; nothing was imported");
    }
    return ImportReport.refused(problems);
  }

  /**
   * The file's O*NET codes judged against the library's release; none is judged while the library
   * holds no release, since then every code would be unknown.
   */
  private OccupationCodes occupationCodes(InventoryDraft draft) {
    return library
        .release()
        .map(
            release ->
                new OccupationCodes(release.name(), library.codes(), inventory.occupationCodes()))
        .orElseGet(OccupationCodes::unjudged)
        .judge(draft);
  }

  private static ImportResult read(Path file, String fileName, ImportProgress progress) {
    try {
      return InventoryFiles.read(file, fileName, ImportLimits.defaults(), progress);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
