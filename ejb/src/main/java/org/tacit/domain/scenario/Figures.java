package org.tacit.domain.scenario;

import java.util.Collection;

/**
 * The three figures of one year, side by side, for a role or a group of roles: naive exposure (the
 * hours of tasks ready for AI, whatever the year), technically substitutable (the hours AI can do
 * unaided that year) and realistic substitution (those hours as far as they are put to use and
 * become removable FTE), each with its hours, FTE and cost, beside the whole, and what holds back
 * the hours that are not realistic substitution.
 */
public record Figures(
    int year,
    double hours,
    double fte,
    double cost,
    Portion naive,
    Portion technical,
    Portion realistic,
    Holdback holdback,
    Coverage coverage) {

  /**
   * One role's year, from the shares of its time (which add up to 1, or 0 for a role with no time).
   */
  static Figures ofRole(
      int year,
      StaffedRole role,
      double naive,
      double technical,
      double realistic,
      Holdback holdback,
      Coverage coverage) {
    return new Figures(
        year,
        role.annualHours(),
        role.fte(),
        Portion.cost(role, role.fte()),
        Portion.ofRole(role, naive),
        Portion.ofRole(role, technical),
        Portion.ofRole(role, realistic),
        holdback,
        coverage);
  }

  /** The sum of roles (or of groups), shares weighed by hours: a department, the organisation. */
  static Figures combine(int year, Collection<Figures> parts) {
    double hours = 0;
    double fte = 0;
    double cost = 0;
    Portion naive = Portion.NONE;
    Portion technical = Portion.NONE;
    Portion realistic = Portion.NONE;
    Holdback holdback = Holdback.NONE;
    int tasks = 0;
    int derived = 0;
    int withoutHeadcount = 0;
    double fteWithoutCost = 0;
    double unscored = 0;
    double unknownLength = 0;
    double estimated = 0;
    double confidence = 0;
    for (Figures part : parts) {
      hours += part.hours;
      fte += part.fte;
      cost += part.cost;
      naive = naive.plus(part.naive);
      technical = technical.plus(part.technical);
      realistic = realistic.plus(part.realistic);
      holdback = holdback.plus(part.holdback);
      Coverage c = part.coverage;
      tasks += c.tasks();
      derived += c.tasksWithDerivedShare();
      withoutHeadcount += c.rolesWithoutHeadcount();
      fteWithoutCost += c.fteWithoutCost();
      if (part.hours > 0) {
        unscored += c.unscoredShare() * part.hours;
        unknownLength += c.unknownLengthShare() * part.hours;
        estimated += c.estimatedShare() * part.hours;
        confidence += Double.isNaN(c.confidence()) ? 0 : c.confidence() * part.hours;
      }
    }
    Coverage coverage =
        new Coverage(
            tasks,
            derived,
            withoutHeadcount,
            fteWithoutCost,
            perHour(unscored, hours),
            perHour(unknownLength, hours),
            perHour(estimated, hours),
            perHour(confidence, hours));
    return new Figures(
        year,
        hours,
        fte,
        cost,
        naive.ofTotal(hours),
        technical.ofTotal(hours),
        realistic.ofTotal(hours),
        holdback.ofTotal(hours),
        coverage);
  }

  private static double perHour(double weighed, double hours) {
    return hours > 0 ? weighed / hours : Double.NaN;
  }
}
