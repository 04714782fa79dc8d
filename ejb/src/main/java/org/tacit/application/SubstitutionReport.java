package org.tacit.application;

import java.io.Serializable;
import java.util.List;

/**
 * The three figures (naive exposure, technically substitutable, realistic substitution) year by
 * year, for the organisation, each department and each role the caller may read, under one
 * scenario, from the answers as they stand and the rule set in use. Numbers a figure cannot have
 * (a share of no hours) are null.
 */
public record SubstitutionReport(ScenarioView scenario, int ruleSetVersion, List<Integer> years,
    List<YearFigures> organisation, List<GroupFigures> departments, List<GroupFigures> roles)
    implements Serializable {

  /** A department (key: its code) or a role (key: its id, with its department's code). */
  public record GroupFigures(String key, String name, String departmentCode, List<YearFigures> years)
      implements Serializable {}

  /** One year: the hours, FTE and cost in scope, the three figures, and what they rest on. */
  public record YearFigures(int year, Double hours, Double fte, Double cost, Share naiveExposure,
      Share technicallySubstitutable, Share realisticSubstitution, Coverage coverage) implements Serializable {}

  /** A figure as a share of the hours, and as hours, FTE and cost. */
  public record Share(Double share, Double hours, Double fte, Double cost) implements Serializable {}

  /**
   * What the figures rest on.
   *
   * @param tasksWithDerivedShare tasks given no time share by their role, which got an equal part of what was left
   * @param rolesWithoutHeadcount roles with no known headcount, which count no hours
   * @param unknownLengthShare share of hours of AI-ready tasks whose length is unknown, never counted substitutable
   * @param estimatedShare share of hours of tasks scored with at least one unconfirmed estimate
   * @param confidence the tasks' confidence, weighed by hours
   */
  public record Coverage(int tasks, int tasksWithDerivedShare, int rolesWithoutHeadcount, Double fteWithoutCost,
      Double unscoredShare, Double unknownLengthShare, Double estimatedShare, Double confidence)
      implements Serializable {}
}
