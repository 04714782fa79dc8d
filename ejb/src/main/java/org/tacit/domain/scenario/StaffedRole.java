package org.tacit.domain.scenario;

import org.tacit.domain.model.assessment.TaskInput;

/**
 * A role as the engine reads it: how many full-time equivalents hold it and what one costs a year.
 *
 * @param headcountFte null when unknown; the role then has no hours, and reports count it
 * @param annualCostPerFte null when unknown; its FTE then have no cost, and reports count them
 */
public record StaffedRole(long roleId, Double headcountFte, Double annualCostPerFte) {

  /**
   * Hours one FTE works in a year, about the OECD average of hours actually worked per worker
   * (roughly 1,700–1,800 in recent years). It scales hours only: shares, FTE and cost do not depend
   * on it.
   */
  public static final double ANNUAL_HOURS_PER_FTE = 1720;

  public StaffedRole {
    if (headcountFte != null && !(headcountFte >= 0 && Double.isFinite(headcountFte))) {
      throw new IllegalArgumentException(
          "Role " + roleId + ": headcount is a number of FTE ≥ 0, not " + headcountFte + ".");
    }
    if (annualCostPerFte != null && !(annualCostPerFte >= 0 && Double.isFinite(annualCostPerFte))) {
      throw new IllegalArgumentException(
          "Role " + roleId + ": the annual cost per FTE is ≥ 0, not " + annualCostPerFte + ".");
    }
  }

  /** The role of a stored task, as the run recorded it. */
  public static StaffedRole of(TaskInput input) {
    return new StaffedRole(
        input.roleId(),
        input.headcountFte() == null ? null : input.headcountFte().doubleValue(),
        input.annualCostPerFte() == null ? null : input.annualCostPerFte().doubleValue());
  }

  public double fte() {
    return headcountFte == null ? 0 : headcountFte;
  }

  public double annualHours() {
    return fte() * ANNUAL_HOURS_PER_FTE;
  }
}
