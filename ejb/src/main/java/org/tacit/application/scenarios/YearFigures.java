package org.tacit.application.scenarios;

import java.io.Serializable;

/**
 * One year: the hours, FTE and cost in scope, the three figures, what they rest on, and what holds
 * back the hours that are not realistic substitution.
 *
 * @param holdback null where the report leaves it out: the Reports dashboard gives a role's only
 *     for the last year, so that a thousand roles' eleven years do not fill the page's memory
 */
public record YearFigures(
    int year,
    Double hours,
    Double fte,
    Double cost,
    Share naiveExposure,
    Share technicallySubstitutable,
    Share realisticSubstitution,
    Coverage coverage,
    Holdback holdback)
    implements Serializable {

  /** A figure as a share of the hours, and as hours, FTE and cost. */
  public record Share(Double share, Double hours, Double fte, Double cost)
      implements Serializable {}

  /**
   * What holds back the hours that are not realistic substitution; with realistic substitution the
   * five add up to the whole.
   *
   * @param notReady hours not ready for AI: low automation readiness, or not scored
   * @param learningNeed ready, but needing learning on the job before continual learning arrives
   * @param taskLength ready, but longer than the horizon at the reliability their error cost needs
   * @param unknownLength ready, but nobody gave (or could estimate) how long the task takes
   * @param adoptionAndCapture technically substitutable, but not yet put to use or not captured as
   *     whole FTE
   */
  public record Holdback(
      Share notReady,
      Share learningNeed,
      Share taskLength,
      Share unknownLength,
      Share adoptionAndCapture)
      implements Serializable {}

  /**
   * What the figures rest on.
   *
   * @param tasksWithDerivedShare tasks given no time share by their role, which got an equal part
   *     of what was left
   * @param rolesWithoutHeadcount roles with no known headcount, which count no hours
   * @param unknownLengthShare share of hours of AI-ready tasks whose length is unknown, never
   *     counted substitutable
   * @param estimatedShare share of hours of tasks scored with at least one unconfirmed estimate
   * @param confidence the tasks' confidence, weighed by hours
   */
  public record Coverage(
      int tasks,
      int tasksWithDerivedShare,
      int rolesWithoutHeadcount,
      Double fteWithoutCost,
      Double unscoredShare,
      Double unknownLengthShare,
      Double estimatedShare,
      Double confidence)
      implements Serializable {}
}
