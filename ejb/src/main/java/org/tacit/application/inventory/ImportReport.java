package org.tacit.application.inventory;

import java.util.List;
import org.tacit.domain.model.inventory.imports.ImportProblem;

/**
 * What an import found and did. With problems nothing was written; without, {@code written} says
 * whether this was the real import or only the check before it.
 */
public record ImportReport(
    List<ImportProblem> problems,
    int departments,
    int roles,
    int tasks,
    Changes changes,
    boolean written) {

  /** What the import changed; all zero when the same file is imported again. */
  public record Changes(
      int departmentsCreated,
      int rolesCreated,
      int rolesUpdated,
      int tasksCreated,
      int tasksUpdated,
      int tasksRemoved) {

    public static final Changes NONE = new Changes(0, 0, 0, 0, 0, 0);

    public boolean any() {
      return !equals(NONE);
    }
  }

  public static ImportReport refused(List<ImportProblem> problems) {
    return new ImportReport(List.copyOf(problems), 0, 0, 0, Changes.NONE, false);
  }

  public boolean valid() {
    return problems.isEmpty();
  }
}
