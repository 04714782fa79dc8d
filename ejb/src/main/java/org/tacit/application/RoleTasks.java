package org.tacit.application;

import jakarta.ejb.Local;
import java.math.BigDecimal;
import java.util.List;

/**
 * The tasks of one role, edited by hand: read, revise, add, remove. Every change is checked
 * against the caller's departments and the version the editor saw, and goes into the role's history.
 */
@Local
public interface RoleTasks {

  /** The role with its totals; {@link NotPermittedException} when the caller may not read it. */
  RoleView role(long roleId);

  /** Whether the caller may change this role's tasks (pages hide the editing for those who may not). */
  boolean changeable(long roleId);

  /** The role's tasks in the order they were added. */
  List<TaskView> tasks(long roleId);

  /** Applies an edit made against {@code edit.version()}; {@link StaleEditException} when someone was faster. */
  TaskView revise(TaskEdit edit);

  /** Adds a task with no answers yet; the time share may be unknown. */
  TaskView add(long roleId, String statement, BigDecimal timeSharePct);

  /** Removes a task as the editor saw it; {@link StaleEditException} when it changed meanwhile. */
  void remove(long taskId, long version);
}
