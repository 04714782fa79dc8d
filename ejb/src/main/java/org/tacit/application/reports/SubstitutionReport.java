package org.tacit.application.reports;

import java.io.Serializable;
import java.util.List;
import org.tacit.application.scenarios.ScenarioSummary;
import org.tacit.application.scenarios.YearFigures;

/**
 * The three figures (naive exposure, technically substitutable, realistic substitution) year by
 * year, for the organisation, each department and each role the caller may read, under one
 * scenario, from the answers as they stand and the rule set in use; what holds the rest back, the
 * answers that would change it most, and how sure the headline is. Numbers a figure cannot have (a
 * share of no hours) are null.
 *
 * @param openAnswers what would change the figures: the answers that would release the most hours
 *     in the last year, largest first
 * @param certainty how sure the headline is; null where it was not asked for (the Reports page asks
 *     for it on its own with {@link SubstitutionReports#certainty}, as it swings every assumption)
 */
public record SubstitutionReport(
    ScenarioSummary scenario,
    int ruleSetVersion,
    List<Integer> years,
    List<YearFigures> organisation,
    List<GroupFigures> departments,
    List<GroupFigures> roles,
    List<OpenAnswer> openAnswers,
    Certainty certainty)
    implements Serializable {

  /** The same figures with the range and sensitivity asked for beside them. */
  public SubstitutionReport withCertainty(Certainty certainty) {
    return new SubstitutionReport(
        scenario, ruleSetVersion, years, organisation, departments, roles, openAnswers, certainty);
  }

  /** A department (key: its code) or a role (key: its id, with its department's code). */
  public record GroupFigures(
      String key, String name, String departmentCode, List<YearFigures> years)
      implements Serializable {}

  /**
   * Tasks of one role that wait on one kind of answer: "6 tasks of Accountant have no length: 1,480
   * hours a year wait on them".
   *
   * @param kind NO_LENGTH (give its length), ESTIMATED_LENGTH (confirm or correct the estimated
   *     length that holds it back), ESTIMATED_LEARNING_NEED (confirm or correct the estimated
   *     answers that say it needs learning on the job) or UNSCORED (answer its rubric)
   * @param taskIds the tasks, those that would release the most hours first
   * @param hours the hours a year, in the last year, that wait on these answers
   */
  public record OpenAnswer(
      long roleId,
      String roleTitle,
      String departmentCode,
      String kind,
      List<Long> taskIds,
      double hours)
      implements Serializable {

    public OpenAnswer {
      taskIds = List.copyOf(taskIds);
    }
  }

  /**
   * How sure the headline is: the range each headline figure takes across the preset scenarios, for
   * the caller's departments together and each of them, and how far each assumption moves realistic
   * substitution in the last year.
   */
  public record Certainty(
      PresetRange organisation, List<PresetRange> departments, Sensitivity sensitivity)
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
  public record PresetRange(String key, int year, Range technical, Range realistic)
      implements Serializable {}

  /** The lowest and highest share across the presets, each with the preset that gives it. */
  public record Range(Double low, String lowScenario, Double high, String highScenario)
      implements Serializable {}

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
  public record Swing(
      String swing,
      String assumption,
      String cautiousValue,
      String fastValue,
      Double cautious,
      Double fast)
      implements Serializable {}
}
