package org.tacit.infrastructure.reports;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Everything the board report prints, already computed: the renderer only lays it out and formats
 * numbers in the reader's locale. Shares are 0–1; a number a figure cannot have (a share of no hours,
 * an unknown cost) is null.
 *
 * @param years the scenario's years, first to last
 * @param now the organisation's figures in the first year
 * @param last the organisation's figures in the last year
 * @param chosen the index of the report's scenario among {@code realisticByScenario}
 * @param departments the last year, one row per department
 * @param roles the last year, one row per role
 * @param economy this organisation beside the US economy, or null when the economy is not available
 */
public record BoardReport(Cover cover, List<Integer> years, YearFigures now, YearFigures last, Drivers drivers,
    List<Series> realisticByScenario, int chosen, Series naive, Series technical, List<String> taskClasses,
    List<ClassHours> hoursByClass, List<Row> departments, List<Row> roles, List<TaskLine> automatable,
    List<TaskLine> learningBound, List<AssumptionLine> assumptions, Method method, Economy economy) {

  public BoardReport {
    years = List.copyOf(years);
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
  public record Cover(String scope, String scenario, LocalDate date, int ruleSetVersion, LocalDate ruleSetPublishedOn,
      String ruleSetPublishedBy, int departments, int roles, int tasks) {}

  /** One year of the organisation: the hours, FTE and cost in scope and the three figures. */
  public record YearFigures(int year, double hours, double fte, Double cost, Amount naive, Amount technical,
      Amount realistic) {}

  /** A figure as a share of the hours, and as hours, FTE and cost. */
  public record Amount(Double share, Double hours, Double fte, Double cost) {}

  /**
   * What keeps the naive exposure from becoming substitution, in hours of the last year: each task's
   * reason as the scenario's engine gives it, then what adoption and capture leave.
   *
   * @param notYetRealised technically substitutable hours not yet put to use (adoption, capture)
   * @param leadingDepartments the departments with the most realistic FTE, most first
   */
  public record Drivers(double notReady, double learningNeed, double taskLength, double unknownLength,
      double notYetRealised, List<Contribution> leadingDepartments) {

    public Drivers {
      leadingDepartments = List.copyOf(leadingDepartments);
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

  /** A department or role in the last year; {@code department} is null on department rows. */
  public record Row(String name, String department, Double hours, Double fte, Double naive, Double technical,
      Double realistic, Double realisticFte) {}

  /** A task with its yearly hours and the reasons that weigh most in its score. */
  public record TaskLine(String statement, String role, String department, double hours, Double learningNeed,
      Double automationReadiness, List<String> reasons) {

    public TaskLine {
      reasons = List.copyOf(reasons);
    }
  }

  public record AssumptionLine(String name, String value, String defaultValue, String source, boolean atDefault) {}

  /**
   * How the figures were made and what they rest on, for the appendix.
   *
   * @param attribution the credit line O*NET's licence asks for, or null when no O*NET content is used
   */
  public record Method(int ruleSetVersion, double learningNeedThreshold, double automationReadinessThreshold,
      double estimateCredit, List<RuleLine> rules, CoverageLine coverage, String attribution) {

    public Method {
      rules = List.copyOf(rules);
    }
  }

  /** A rule of the rule set: what it reads, which way it pushes which axis, its weight and why. */
  public record RuleLine(String id, String fact, String axis, String direction, double weight, String why) {}

  /** What the organisation's figures rest on (see the application's coverage). */
  public record CoverageLine(int tasks, int tasksWithDerivedShare, int rolesWithoutHeadcount, Double fteWithoutCost,
      Double unscoredShare, Double unknownLengthShare, Double estimatedShare, Double confidence) {}

  /**
   * Where the organisation stands against the US economy under the same scenario, and the published
   * national estimates beside both.
   *
   * @param basis how the economy is made, in a sentence
   * @param note why the economy lacks a figure, where it does, or null
   */
  public record Economy(String basis, List<EconomyLine> lines, String note, List<Estimate> estimates) {

    public Economy {
      lines = List.copyOf(lines);
      estimates = List.copyOf(estimates);
    }
  }

  /** A share of working hours here and in the economy; the economy's is null where it cannot have one. */
  public record EconomyLine(String figure, Double organisation, Double economy) {}

  /**
   * A published estimate with what it measures and its source.
   *
   * @param share whether {@code figure} is a share (else a score 0–1)
   */
  public record Estimate(String name, double figure, boolean share, String measures, String citation) {}
}
