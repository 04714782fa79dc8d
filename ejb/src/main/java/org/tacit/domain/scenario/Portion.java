package org.tacit.domain.scenario;

/**
 * A part of the work of a role or a group of roles: its share of the hours, and the hours, FTE and
 * cost it amounts to. The share is NaN for a group with no hours at all (no role with a headcount),
 * where there is nothing to divide by; a role always has one, from its tasks' time shares.
 */
public record Portion(double share, double hours, double fte, double cost) {

  static final Portion NONE = new Portion(0, 0, 0, 0);

  /** This share of one role's time, in its hours, FTE and cost. */
  static Portion ofRole(StaffedRole role, double share) {
    double fte = share * role.fte();
    return new Portion(share, share * role.annualHours(), fte, cost(role, fte));
  }

  /** What {@code fte} of the role cost a year; 0 when its cost is unknown. */
  static double cost(StaffedRole role, double fte) {
    return role.annualCostPerFte() == null ? 0 : fte * role.annualCostPerFte();
  }

  Portion plus(Portion other) {
    return new Portion(0, hours + other.hours, fte + other.fte, cost + other.cost);
  }

  Portion ofTotal(double totalHours) {
    return new Portion(totalHours > 0 ? hours / totalHours : Double.NaN, hours, fte, cost);
  }
}
