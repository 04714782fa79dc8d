package org.tacit.application.inventory;

import jakarta.ejb.Local;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.tacit.application.StaleEditException;
import org.tacit.application.access.NotPermittedException;

/**
 * The tasks of one role, edited by hand: read, revise, add, remove. Every change is checked against
 * the caller's departments and the version the editor saw, and goes into the role's history.
 */
@Local
public interface RoleTasks {

  /** The role with its totals; {@link NotPermittedException} when the caller may not read it. */
  RoleSummary role(long roleId);

  /**
   * Whether the caller may change this role's tasks (pages hide the editing for those who may not).
   */
  boolean changeable(long roleId);

  /** The role's tasks in the order they were added. */
  List<TaskSummary> tasks(long roleId);

  /**
   * Applies an edit made against {@code edit.version()}; {@link StaleEditException} when someone
   * was faster.
   */
  TaskSummary revise(TaskEdit edit);

  /** Adds a task with no answers yet; the time share may be unknown. */
  TaskSummary add(long roleId, String statement, BigDecimal timeSharePct);

  /** Removes a task as the editor saw it; {@link StaleEditException} when it changed meanwhile. */
  void remove(long taskId, long version);

  /**
   * Every answer the role's tasks are scored with that is still an estimate, with its source: the
   * same values an assessment uses, O*NET's estimates for unknown answers included.
   */
  List<Estimate> estimates(long roleId);

  /**
   * Stores a task's estimate as the editor's confirmed answer, as it stands: one answer by its CSV
   * column, or every estimate of the task (its time share included) when {@code column} is null.
   * Checked against {@code version} like any edit; recorded in the role's history.
   */
  TaskSummary confirm(long taskId, long version, String column);

  /**
   * Confirms every estimate of the role's tasks at once; {@code versions} holds each task's version
   * as the editor saw it, and a task changed, added or removed meanwhile refuses the whole. Returns
   * how many answers were confirmed.
   */
  int confirmAll(long roleId, Map<Long, Long> versions);
}
