package org.tacit.domain.model.assessment;

import static java.util.Objects.requireNonNull;

import java.math.BigDecimal;
import org.tacit.domain.model.inventory.TaskFacts;

/**
 * A task as it was assessed: where it sat, what it said, and the answers it was scored with, O*NET
 * estimates for unknown answers included. A run keeps these so later edits of the inventory change
 * nothing in it, and so it can be scored again to show it reproduces.
 *
 * @param onetSoc the role's occupation, or null
 * @param headcountFte the role's, or null when unknown
 * @param annualCostPerFte the role's, or null when unknown
 * @param timeSharePct the task's share of the role's time, or null when unknown
 */
public record TaskInput(
    long taskId,
    long departmentId,
    String departmentCode,
    String departmentName,
    long roleId,
    String roleTitle,
    String onetSoc,
    BigDecimal headcountFte,
    BigDecimal annualCostPerFte,
    String statement,
    BigDecimal timeSharePct,
    TaskFacts facts) {

  public TaskInput {
    requireNonNull(departmentCode, "departmentCode");
    requireNonNull(departmentName, "departmentName");
    requireNonNull(roleTitle, "roleTitle");
    requireNonNull(statement, "statement");
    requireNonNull(facts, "facts");
  }

  /** The same task with other answers (an O*NET estimate filled in). */
  public TaskInput withFacts(TaskFacts assessed) {
    return new TaskInput(
        taskId,
        departmentId,
        departmentCode,
        departmentName,
        roleId,
        roleTitle,
        onetSoc,
        headcountFte,
        annualCostPerFte,
        statement,
        timeSharePct,
        assessed);
  }
}
