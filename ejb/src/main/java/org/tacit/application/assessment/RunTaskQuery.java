package org.tacit.application.assessment;

import java.io.Serializable;

/**
 * Which of a run's tasks a table shows and in what order: narrowed in the database and sorted
 * there, so that a page of a run of 100,000 tasks costs what a page of 100 costs.
 *
 * @param departmentCode only this department and those below it; every department the caller may
 *     read when null
 * @param statementContains only tasks whose statement contains this, whatever the case; any when
 *     null or blank
 * @param taskClass only tasks of this class (AUTOMATABLE, AUGMENTABLE, LEARNING_BOUND, MANUAL,
 *     UNSCORED); any when null or blank
 * @param order by what; the run's own order (department, role, task) when null
 * @param descending largest first
 */
public record RunTaskQuery(
    String departmentCode,
    String statementContains,
    String taskClass,
    Order order,
    boolean descending)
    implements Serializable {

  /** What a run's tasks can be sorted by: the columns a run's table shows. */
  public enum Order {
    DEPARTMENT_ROLE_TASK,
    STATEMENT,
    ROLE,
    TASK_CLASS,
    LEARNING_NEED,
    AUTOMATION_READINESS,
    CONFIDENCE
  }

  public RunTaskQuery {
    order = order == null ? Order.DEPARTMENT_ROLE_TASK : order;
  }

  /**
   * Every task of {@code departmentCode} (all the caller may read, when null) in the run's order.
   */
  public static RunTaskQuery of(String departmentCode) {
    return new RunTaskQuery(departmentCode, null, null, Order.DEPARTMENT_ROLE_TASK, false);
  }
}
