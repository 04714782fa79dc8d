package org.tacit.application;

import java.io.Serializable;
import java.util.List;

/**
 * The three figures (naive exposure, technically substitutable, realistic substitution) year by
 * year, for the organisation, each department and each role the caller may read, under one
 * scenario, from the answers as they stand and the rule set in use; what holds the rest back, the
 * answers that would change it most, and how sure the headline is. Numbers a figure cannot have (a
 * share of no hours) are null.
 *
 * @param openAnswers what would change the figures: the answers that would release the most hours in
 *     the last year, largest first
 * @param certainty how sure the headline is; null where it was not asked for (the Reports page asks
 *     for it on its own with {@link SubstitutionReports#certainty}, as it swings every assumption)
 */
public record SubstitutionReport(ScenarioView scenario, int ruleSetVersion, List<Integer> years,
    List<YearFigures> organisation, List<GroupFigures> departments, List<GroupFigures> roles,
    List<OpenAnswer> openAnswers, Certainty certainty) implements Serializable {

  /** A department (key: its code) or a role (key: its id, with its department's code). */
  public record GroupFigures(String key, String name, String departmentCode, List<YearFigures> years)
      implements Serializable {}

  /**
   * One year: the hours, FTE and cost in scope, the three figures, what they rest on, and what holds
   * back the hours that are not realistic substitution.
   *
   * @param holdback null where the report leaves it out: the Reports dashboard gives a role's only for
   *     the last year, so that a thousand roles' eleven years do not fill the page's memory
   */
  public record YearFigures(int year, Double hours, Double fte, Double cost, Share naiveExposure,
      Share technicallySubstitutable, Share realisticSubstitution, Coverage coverage, Holdback holdback)
      implements Serializable {}

  /** A figure as a share of the hours, and as hours, FTE and cost. */
  public record Share(Double share, Double hours, Double fte, Double cost) implements Serializable {}

  /**
   * What holds back the hours that are not realistic substitution; with realistic substitution the
   * five add up to the whole.
   *
   * @param notReady hours not ready for AI: low automation readiness, or not scored
   * @param learningNeed ready, but needing learning on the job before continual learning arrives
   * @param taskLength ready, but longer than the horizon at the reliability their error cost needs
   * @param unknownLength ready, but nobody gave (or could estimate) how long the task takes
   * @param adoptionAndCapture technically substitutable, but not yet put to use or not captured as whole FTE
   */
  public record Holdback(Share notReady, Share learningNeed, Share taskLength, Share unknownLength,
      Share adoptionAndCapture) implements Serializable {}

  /**
   * Tasks of one role that wait on one kind of answer: "6 tasks of Accountant have no length: 1,480
   * hours a year wait on them".
   *
   * @param kind NO_LENGTH (give its length), ESTIMATED_LENGTH (confirm or correct the estimated
   *     length that holds it back), ESTIMATED_LEARNING_NEED (confirm or correct the estimated answers
   *     that say it needs learning on the job) or UNSCORED (answer its rubric)
   * @param taskIds the tasks, those that would release the most hours first
   * @param hours the hours a year, in the last year, that wait on these answers
   */
  public record OpenAnswer(long roleId, String roleTitle, String departmentCode, String kind, List<Long> taskIds,
      double hours) implements Serializable {

    public OpenAnswer {
      taskIds = List.copyOf(taskIds);
    }
  }

  /**
   * How sure the headline is: the range each headline figure takes across the preset scenarios, for
   * the caller's departments together and each of them, and how far each assumption moves realistic
   * substitution in the last year.
   */
  public record Certainty(PresetRange organisation, List<PresetRange> departments, Sensitivity sensitivity)
      implements Serializable {

    public Certainty {
      departments = List.copyOf(departments);
    }
  }

  /**
   * The range of technically substitutable and realistic substitution in the presets' last year.
   *
   * @param key null for the caller's departments together, else a department's code
   */
  public record PresetRange(String key, int year, Range technical, Range realistic) implements Serializable {}

  /** The lowest and highest share across the presets, each with the preset that gives it. */
  public record Range(Double low, String lowScenario, Double high, String highScenario) implements Serializable {}

  /**
   * Realistic substitution of the caller's departments in the scenario's last year, and what each
   * assumption makes of it at its cautious and at its fast value, largest swing first.
   */
  public record Sensitivity(int year, Double share, List<Swing> swings) implements Serializable {

    public Sensitivity {
      swings = List.copyOf(swings);
    }
  }

  /**
   * One assumption swung: "years from capable to full use: 8 | 3".
   *
   * @param swing the assumption's key (DOUBLING_TIME, REAL_WORK, RELIABILITY, CONTINUAL_LEARNING,
   *     CAPTURE, ADOPTION)
   * @param cautious realistic substitution with the assumption at {@code cautiousValue}
   * @param fast realistic substitution with the assumption at {@code fastValue}
   */
  public record Swing(String swing, String assumption, String cautiousValue, String fastValue, Double cautious,
      Double fast) implements Serializable {}

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
