package org.tacit.application.reports.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import org.tacit.application.reports.SubstitutionReport.GroupFigures;
import org.tacit.application.scenarios.ScenarioSummaries;
import org.tacit.application.scenarios.YearFigures;
import org.tacit.domain.model.assessment.TaskInput;
import org.tacit.domain.report.BoardReport.Amount;
import org.tacit.domain.report.BoardReport.Contribution;
import org.tacit.domain.report.BoardReport.HeldBack;
import org.tacit.domain.report.BoardReport.OpenAnswer;
import org.tacit.domain.scenario.Figures;
import org.tacit.domain.scenario.Holdback;
import org.tacit.domain.scenario.OpenAnswers;
import org.tacit.domain.scenario.Portion;
import org.tacit.domain.scenario.Scenario;
import org.tacit.domain.scenario.SubstitutionEngine;
import org.tacit.domain.scenario.SubstitutionEstimate;

/**
 * Why the board report's figures are what they are, in the scenario's last year: what holds back
 * the hours that are not realistic substitution, as the engine splits them ({@link
 * Figures#holdback()}, the same split the Reports page and the API show), for the organisation,
 * each department and each role; the departments that contribute most; and the answers that would
 * release the most hours ({@link OpenAnswers}).
 */
final class BoardWhy {

  static final int OPEN_ANSWERS = 10;
  static final int LEADING_DEPARTMENTS = 3;

  private final ScoredOrganisation scored;
  private final Scenario scenario;
  private final int lastYear;
  private final SubstitutionEstimate estimate;
  private final Map<String, SortedMap<Integer, Figures>> departments;

  BoardWhy(ScoredOrganisation scored, Scenario scenario) {
    this.scored = scored;
    this.scenario = scenario;
    this.lastYear = scenario.lastYear().value();
    this.estimate = new SubstitutionEngine(scenario).estimate(scored.workforce());
    this.departments = estimate.groupedBy(roleId -> scored.roles().get(roleId).departmentCode());
  }

  HeldBack organisation() {
    return heldBack(estimate.organisation().get(lastYear).holdback());
  }

  HeldBack department(String code) {
    SortedMap<Integer, Figures> years = departments.get(code);
    return years == null ? null : heldBack(years.get(lastYear).holdback());
  }

  HeldBack role(long roleId) {
    return heldBack(estimate.role(roleId).get(lastYear).holdback());
  }

  /**
   * The departments with the most realistic FTE in the last year, most first, with their part of
   * the whole.
   */
  static List<Contribution> leadingDepartments(List<GroupFigures> departments, YearFigures last) {
    double realisticFte = orZero(last.realisticSubstitution().fte());
    List<Contribution> leading = new ArrayList<>();
    for (GroupFigures department : departments) {
      YearFigures year = department.years().get(department.years().size() - 1);
      double fte = orZero(year.realisticSubstitution().fte());
      if (fte > 0) {
        leading.add(
            new Contribution(department.name(), fte, realisticFte > 0 ? fte / realisticFte : 0));
      }
    }
    leading.sort(Comparator.comparingDouble(Contribution::fte).reversed());
    return leading.subList(0, Math.min(LEADING_DEPARTMENTS, leading.size()));
  }

  /**
   * The open answers that would release the most hours, most first, each with its role and largest
   * task.
   */
  List<OpenAnswer> openAnswers() {
    Map<Long, String> statements = new HashMap<>();
    for (TaskInput task : scored.inputs()) {
      statements.put(task.taskId(), task.statement());
    }
    List<OpenAnswer> lines = new ArrayList<>();
    for (OpenAnswers.Open open : OpenAnswers.of(scored.workforce(), scenario)) {
      if (lines.size() == OPEN_ANSWERS) {
        break;
      }
      TaskInput role = scored.roles().get(open.roleId());
      lines.add(
          new OpenAnswer(
              open.kind(),
              role.roleTitle(),
              role.departmentName(),
              open.taskIds().size(),
              statements.get(open.taskIds().get(0)),
              open.hours()));
    }
    return lines;
  }

  static HeldBack heldBack(Holdback h) {
    return new HeldBack(
        amount(h.notReady()),
        amount(h.learningNeed()),
        amount(h.taskLength()),
        amount(h.unknownLength()),
        amount(h.adoptionAndCapture()));
  }

  private static Amount amount(Portion p) {
    return new Amount(
        ScenarioSummaries.number(p.share()),
        ScenarioSummaries.number(p.hours()),
        ScenarioSummaries.number(p.fte()),
        ScenarioSummaries.number(p.cost()));
  }

  private static double orZero(Double value) {
    return value == null ? 0 : value;
  }
}
