package org.tacit.domain.report;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.tacit.domain.scenario.OpenAnswers;

/**
 * Everything the board report prints, already computed: the renderer only lays it out and formats
 * numbers in the reader's locale. Shares are 0–1; a number a figure cannot have (a share of no
 * hours, an unknown cost) is null.
 *
 * @param years the scenario's years, first to last
 * @param now the organisation's figures in the first year
 * @param last the organisation's figures in the last year
 * @param ranges the headline figures' range across the preset scenarios, in the last year
 * @param heldBack what holds back the organisation's hours that are not realistic substitution, in
 *     the last year
 * @param leadingDepartments the departments with the most realistic FTE in the last year, most
 *     first
 * @param openAnswers the answers that would release the most hours in the last year, most first
 * @param sensitivity how far each assumption moves the organisation's realistic substitution in the
 *     last year
 * @param chosen the index of the report's scenario among {@code realisticByScenario}
 * @param departments the last year, one row per department
 * @param roles the last year, one row per role
 * @param economy this organisation beside the US economy, or null when the economy is not available
 */
public record BoardReport(
    Cover cover,
    List<Integer> years,
    YearFigures now,
    YearFigures last,
    PresetRanges ranges,
    HeldBack heldBack,
    List<Contribution> leadingDepartments,
    List<OpenAnswer> openAnswers,
    Sensitivity sensitivity,
    List<Series> realisticByScenario,
    int chosen,
    Series naive,
    Series technical,
    List<String> taskClasses,
    List<ClassHours> hoursByClass,
    List<Row> departments,
    List<Row> roles,
    List<TaskLine> automatable,
    List<TaskLine> learningBound,
    List<AssumptionLine> assumptions,
    Method method,
    Economy economy) {

  public BoardReport {
    years = List.copyOf(years);
    leadingDepartments = List.copyOf(leadingDepartments);
    openAnswers = List.copyOf(openAnswers);
    realisticByScenario = List.copyOf(realisticByScenario);
    taskClasses = List.copyOf(taskClasses);
    hoursByClass = List.copyOf(hoursByClass);
    departments = List.copyOf(departments);
    roles = List.copyOf(roles);
    automatable = List.copyOf(automatable);
    learningBound = List.copyOf(learningBound);
    assumptions = List.copyOf(assumptions);
  }

  /**
   * @param scope whose figures these are, such as "All departments" or the caller's departments
   * @param ruleSetPublishedOn null for the rule set the code defines, before anyone published one
   */
  public record Cover(
      String scope,
      String scenario,
      LocalDate date,
      int ruleSetVersion,
      LocalDate ruleSetPublishedOn,
      String ruleSetPublishedBy,
      int departments,
      int roles,
      int tasks) {}

  /** One year of the organisation: the hours, FTE and cost in scope and the three figures. */
  public record YearFigures(
      int year,
      double hours,
      double fte,
      Double cost,
      Amount naive,
      Amount technical,
      Amount realistic) {}

  /** A figure as a share of the hours, and as hours, FTE and cost. */
  public record Amount(Double share, Double hours, Double fte, Double cost) {}

  /**
   * What holds back the hours that are not realistic substitution, each as a share of all the hours
   * (the role's, the department's, the organisation's) and as hours, FTE and cost: the engine's own
   * split, so with realistic substitution the five add up to the whole.
   */
  public record HeldBack(
      Amount notReady,
      Amount learningNeed,
      Amount taskLength,
      Amount unknownLength,
      Amount adoptionAndCapture) {

    /** The five, in the order the report names them. */
    public List<Amount> reasons() {
      return List.of(notReady, learningNeed, taskLength, unknownLength, adoptionAndCapture);
    }
  }

  /**
   * The range of the headline figures across the preset scenarios, in {@code year}.
   *
   * @param year the presets' last year, the headline's
   */
  public record PresetRanges(int year, Range technical, Range realistic) {}

  /** A share's lowest and highest value across the presets, with the preset that gives each. */
  public record Range(Double low, String lowScenario, Double high, String highScenario) {}

  /**
   * Tasks of one role that wait on one kind of answer.
   *
   * @param largestTask the statement of the task that would release the most hours
   * @param hours the hours a year that wait on these answers
   */
  public record OpenAnswer(
      OpenAnswers.Kind kind,
      String role,
      String department,
      int tasks,
      String largestTask,
      double hours) {}

  /**
   * How far each assumption moves the organisation's realistic substitution in {@code year}.
   *
   * @param share the headline: realistic substitution under the scenario as it is, a share of the
   *     hours
   * @param swings largest effect first
   */
  public record Sensitivity(String scenario, int year, Double share, List<SwingLine> swings) {

    public Sensitivity {
      swings = List.copyOf(swings);
    }
  }

  /**
   * One assumption at its cautious and its fast value, and the headline under each.
   *
   * @param assumption what is assumed, in words a board reads
   */
  public record SwingLine(
      String assumption, Setting cautiousValue, Setting fastValue, Double cautious, Double fast) {}

  /** An assumption's value: a number in its unit, or null for "never". */
  public record Setting(Double value, Unit unit) {

    /** How a value is written. */
    public enum Unit {
      SHARE,
      MONTHS,
      YEARS,
      YEAR,
      ERROR_COST
    }
  }

  /** A department's share of the organisation's realistic substitution in the last year. */
  public record Contribution(String department, double fte, double shareOfRealistic) {}

  /** A line of the trend chart: a share of the hours per year, in the order of {@link #years}. */
  public record Series(String name, List<Double> shares) {

    public Series {
      shares = Collections.unmodifiableList(new ArrayList<>(shares)); // a year may have no share
    }
  }

  /** A department's yearly hours by task class, in the order of {@link #taskClasses}. */
  public record ClassHours(String code, String name, List<Double> hours) {

    public ClassHours {
      hours = List.copyOf(hours);
    }
  }

  /**
   * A department or role in the last year; {@code department} is null on department rows.
   *
   * @param heldBack what holds back its hours that are not realistic substitution
   */
  public record Row(
      String name,
      String department,
      Double hours,
      Double fte,
      Double naive,
      Double technical,
      Double realistic,
      Double realisticFte,
      HeldBack heldBack) {}

  /** A task with its yearly hours and the reasons that weigh most in its score. */
  public record TaskLine(
      String statement,
      String role,
      String department,
      double hours,
      Double learningNeed,
      Double automationReadiness,
      List<String> reasons) {

    public TaskLine {
      reasons = List.copyOf(reasons);
    }
  }

  public record AssumptionLine(
      String name, String value, String defaultValue, String source, boolean atDefault) {}

  /**
   * How the figures were made and what they rest on, for the appendix.
   *
   * @param attribution the credit line O*NET's licence asks for, or null when no O*NET content is
   *     used
   */
  public record Method(
      int ruleSetVersion,
      double learningNeedThreshold,
      double automationReadinessThreshold,
      double estimateCredit,
      List<RuleLine> rules,
      CoverageLine coverage,
      String horizonSource,
      List<RealWorkLine> realWork,
      String attribution) {

    public Method {
      rules = List.copyOf(rules);
      realWork = List.copyOf(realWork);
    }
  }

  /**
   * The scenario's rule applied to real work whose rate AI is measured doing, beside that rate.
   *
   * @param typicalHours the median length of the work, in a person's hours
   * @param measured the share done, as measured
   * @param predicted the share the scenario's rule gives such work at its date
   * @param holds whether the two are within a factor of {@code factor}
   */
  public record RealWorkLine(
      String name,
      YearMonth date,
      double typicalHours,
      int errorCost,
      double measured,
      double predicted,
      double factor,
      boolean holds,
      String source) {}

  /** A rule of the rule set: what it reads, which way it pushes which axis, its weight and why. */
  public record RuleLine(
      String id, String fact, String axis, String direction, double weight, String why) {}

  /** What the organisation's figures rest on (see the application's coverage). */
  public record CoverageLine(
      int tasks,
      int tasksWithDerivedShare,
      int rolesWithoutHeadcount,
      Double fteWithoutCost,
      Double unscoredShare,
      Double unknownLengthShare,
      Double estimatedShare,
      Double confidence) {}

  /**
   * Where the organisation stands against the US economy under the same scenario, and the published
   * national estimates beside both.
   *
   * @param basis how the economy is made, in a sentence
   * @param note why the economy lacks a figure, where it does, or null
   * @param employmentCounted the share of US employment the occupations counted carry, or null
   */
  public record Economy(
      String basis,
      List<EconomyLine> lines,
      String note,
      Double employmentCounted,
      List<Estimate> estimates) {

    public Economy {
      lines = List.copyOf(lines);
      estimates = List.copyOf(estimates);
    }
  }

  /**
   * A share of working hours here and in the economy; the economy's is null where it cannot have
   * one.
   */
  public record EconomyLine(String figure, Double organisation, Double economy) {}

  /**
   * A published estimate with what it measures and its source.
   *
   * @param share whether {@code figure} is a share (else a score 0–1)
   */
  public record Estimate(
      String name, double figure, boolean share, String measures, String citation) {}
}
