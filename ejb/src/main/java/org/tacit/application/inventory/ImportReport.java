package org.tacit.application.inventory;

import java.io.Serializable;
import java.util.List;
import org.tacit.domain.model.inventory.imports.ImportProblem;

/**
 * What an import found and did. With problems nothing was written; without, {@code written} says
 * whether this was the real import or only the check before it. The check's {@code changes} and
 * {@code preview} say what the import would do; the import's say what it did.
 *
 * @param warnings what the file says that will be imported but deserves a look (an O*NET code of an
 *     earlier taxonomy); they never stop an import
 * @param importId the import's record ({@link ImportSummary}), null for a check
 */
public record ImportReport(
    List<ImportProblem> problems,
    List<ImportProblem> warnings,
    int departments,
    int roles,
    int tasks,
    Changes changes,
    ImportPreview preview,
    boolean written,
    Long importId)
    implements Serializable {

  public ImportReport {
    problems = List.copyOf(problems);
    warnings = List.copyOf(warnings);
  }

  /**
   * What the import changes; all zero but the unchanged counts when the same file is imported
   * again.
   *
   * @param rolesUpdated roles whose own facts or whose tasks change
   */
  public record Changes(
      int departmentsCreated,
      int rolesCreated,
      int rolesUpdated,
      int rolesUnchanged,
      int tasksCreated,
      int tasksUpdated,
      int tasksRemoved,
      int tasksUnchanged)
      implements Serializable {

    public static final Changes NONE = new Changes(0, 0, 0, 0, 0, 0, 0, 0);

    public boolean any() {
      return departmentsCreated
              + rolesCreated
              + rolesUpdated
              + tasksCreated
              + tasksUpdated
              + tasksRemoved
          > 0;
    }
  }

  public static ImportReport refused(List<ImportProblem> problems) {
    return new ImportReport(
        problems, List.of(), 0, 0, 0, Changes.NONE, ImportPreview.NONE, false, null);
  }

  /** This report, naming the import's record. */
  public ImportReport recordedAs(long id) {
    return new ImportReport(
        problems, warnings, departments, roles, tasks, changes, preview, written, id);
  }

  public boolean valid() {
    return problems.isEmpty();
  }
}
