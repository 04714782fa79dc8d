package org.tacit.application.home.internal;

import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import org.tacit.application.home.AgendaFigures.EstimatedRole;
import org.tacit.application.reports.SubstitutionReport.GroupFigures;
import org.tacit.application.scenarios.YearFigures;

/**
 * The roles whose scores rest mostly on estimates: more than half of their hours are of tasks
 * scored with at least one answer nobody has confirmed (an O*NET estimate, or one stored as an
 * estimate), read from the first year of a report, as the Reports page says "rests on estimates".
 * The most hours first: confirming those moves the figures most.
 */
final class EstimatedRoles {

  /** More than this share of a role's hours is "mostly". */
  static final double MOSTLY = 0.5;

  static final Comparator<EstimatedRole> MOST_HOURS_FIRST =
      Comparator.comparingDouble(EstimatedRole::hours)
          .reversed()
          .thenComparing(EstimatedRole::roleTitle)
          .thenComparingLong(EstimatedRole::roleId);

  private EstimatedRoles() {}

  /** Of a report's roles (key: the role's id), those resting mostly on estimates. */
  static List<EstimatedRole> of(List<GroupFigures> roles) {
    return roles.stream()
        .map(EstimatedRoles::estimated)
        .filter(Objects::nonNull)
        .sorted(MOST_HOURS_FIRST)
        .toList();
  }

  private static EstimatedRole estimated(GroupFigures role) {
    if (role.years().isEmpty()) {
      return null;
    }
    YearFigures now = role.years().get(0);
    Double share = now.coverage() == null ? null : now.coverage().estimatedShare();
    Double hours = now.hours();
    if (share == null || hours == null || hours <= 0 || share <= MOSTLY) {
      return null;
    }
    return new EstimatedRole(
        Long.parseLong(role.key()),
        role.name(),
        role.departmentCode(),
        share,
        share * hours,
        hours);
  }
}
