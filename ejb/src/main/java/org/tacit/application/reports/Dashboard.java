package org.tacit.application.reports;

import java.io.Serializable;
import java.util.List;
import java.util.Map;

/**
 * Everything the Reports dashboards show, from one reading and scoring of the caller's tasks: the
 * figures under every scenario, where the hours sit by task class, and what each role's tasks are
 * like (the facts behind the scores), so a board member can see why a role ranks where it does.
 *
 * @param reports the figures under every scenario, by scenario name
 * @param facts the task facts in the order of every {@link RoleProfile#facts()}: column and
 *     description
 * @param departments hours by class per department, by code
 * @param roles every role the caller may read
 * @param freshness whether these are the figures of the data as it is, or of a moment before while
 *     the current ones are computed
 */
public record Dashboard(
    List<SubstitutionReport> reports,
    List<FactColumn> facts,
    List<ClassHours> departments,
    List<RoleProfile> roles,
    Freshness freshness)
    implements Serializable {

  public Dashboard {
    reports = List.copyOf(reports);
    facts = List.copyOf(facts);
    departments = List.copyOf(departments);
    roles = List.copyOf(roles);
  }

  /** A dashboard of the data as it is. */
  public Dashboard(
      List<SubstitutionReport> reports,
      List<FactColumn> facts,
      List<ClassHours> departments,
      List<RoleProfile> roles) {
    this(reports, facts, departments, roles, Freshness.CURRENT);
  }

  /**
   * A task fact as a heatmap column: its CSV column, what it asks, and whether higher means more
   * learning need.
   */
  public record FactColumn(String column, String description, String axis, boolean quantity)
      implements Serializable {}

  /**
   * A department's yearly working hours by task class (AUTOMATABLE, AUGMENTABLE, LEARNING_BOUND,
   * MANUAL, UNSCORED; every class present, 0 when none).
   */
  public record ClassHours(String code, String name, Map<String, Double> hours)
      implements Serializable {}

  /**
   * A role: where it sits, its hours by class, and the time-weighted mean of each task fact.
   *
   * @param onetSoc its O*NET occupation, or null
   * @param facts one per {@link Dashboard#facts()}, in that order
   */
  public record RoleProfile(
      long roleId,
      String title,
      String departmentCode,
      String departmentName,
      String onetSoc,
      double fte,
      Map<String, Double> hours,
      List<FactLevel> facts)
      implements Serializable {}

  /**
   * A fact across a role's tasks, each weighed by its share of the role's time.
   *
   * @param mean the weighted mean of the known answers, null when no task has one
   * @param known the share of the role's time whose answer is known
   * @param estimated the share of the role's time whose answer is an unconfirmed estimate
   */
  public record FactLevel(Double mean, double known, double estimated) implements Serializable {}
}
