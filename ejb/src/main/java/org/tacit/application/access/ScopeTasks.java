package org.tacit.application.access;

import java.io.Serializable;
import java.util.Set;

/**
 * The tasks a run or a page reads, worked out on the request's thread from the scope asked for and
 * what the caller may read, so that a background run never widens it.
 *
 * @param departmentIds the departments whose tasks count; null for all
 * @param roleId one role only, or null
 * @param taskId one task only, or null
 */
public record ScopeTasks(String label, Set<Long> departmentIds, Long roleId, Long taskId)
    implements Serializable {

  public ScopeTasks {
    departmentIds = departmentIds == null ? null : Set.copyOf(departmentIds);
  }

  /** Every task of the organisation. */
  public static ScopeTasks organisation() {
    return new ScopeTasks("Organisation", null, null, null);
  }
}
