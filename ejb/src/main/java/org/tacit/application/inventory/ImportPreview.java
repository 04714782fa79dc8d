package org.tacit.application.inventory;

import java.io.Serializable;
import java.util.List;
import org.tacit.domain.model.inventory.InventoryChange.Action;

/**
 * What an import creates, changes and removes, department by department and role by role: what the
 * check shows before anything is written, and the import shows again as done. Both come from the
 * same pass over the file and the inventory, so they cannot disagree.
 *
 * <p>A file that changes a whole organisation would list hundreds of thousands of lines no one
 * reads: past {@link #MAX_LISTED} changes the rest are only counted ({@link #leftOut}), while
 * {@link ImportReport.Changes} always counts all of them.
 *
 * @param leftOut changes counted but not listed
 */
public record ImportPreview(List<DepartmentChanges> departments, int leftOut)
    implements Serializable {

  /**
   * Lines a preview lists at most: more than anyone checks line by line, and a page of some 200 KB.
   */
  public static final int MAX_LISTED = 500;

  public static final ImportPreview NONE = new ImportPreview(List.of(), 0);

  public ImportPreview {
    departments = List.copyOf(departments);
  }

  /** A department the file names, new or with changed roles; unchanged ones are not listed. */
  public record DepartmentChanges(
      String code, String name, boolean created, List<RoleChanges> roles) implements Serializable {

    public DepartmentChanges {
      roles = List.copyOf(roles);
    }
  }

  /**
   * A role the import creates or changes.
   *
   * @param id the stored role, or null for a role the check would create
   * @param facts what the role says of itself, old → new (for a new role: what it will say)
   * @param tasks the role's tasks after the import
   * @param taskChanges its tasks created, changed and removed; a new role's tasks are only counted
   */
  public record RoleChanges(
      Long id,
      String code,
      String title,
      Action action,
      List<FactChange> facts,
      int tasks,
      List<TaskChange> taskChanges)
      implements Serializable {

    public RoleChanges {
      facts = List.copyOf(facts);
      taskChanges = List.copyOf(taskChanges);
    }
  }

  /** A task created, changed (fact by fact) or removed. */
  public record TaskChange(Action action, String statement, List<FactChange> facts)
      implements Serializable {

    public TaskChange {
      facts = List.copyOf(facts);
    }
  }

  /**
   * One fact before and after, named by the file's column. Values are written as in the file (a
   * plain number with a point, a code, a title) so that the API reads the same in every language;
   * null when there was, or will be, none.
   *
   * @param beforeEstimated the old value was an estimate, not a person's answer
   * @param afterEstimated the new value is an estimate (a time share derived from O*NET, an
   *     estimate the file's blank keeps)
   */
  public record FactChange(
      String column, String before, String after, boolean beforeEstimated, boolean afterEstimated)
      implements Serializable {}
}
