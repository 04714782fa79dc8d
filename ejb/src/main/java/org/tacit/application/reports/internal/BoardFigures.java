package org.tacit.application.reports.internal;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import org.tacit.application.access.CallerScope;
import org.tacit.application.economy.EconomyBenchmark;
import org.tacit.application.reports.Dashboard;
import org.tacit.application.reports.EconomyComparison;
import org.tacit.application.reports.SubstitutionReport;
import org.tacit.application.reports.SubstitutionReport.GroupFigures;
import org.tacit.application.scenarios.AssumptionValue;
import org.tacit.application.scenarios.ScenarioSummaries;
import org.tacit.application.scenarios.YearFigures.Coverage;
import org.tacit.application.scenarios.YearFigures.Share;
import org.tacit.domain.model.assessment.RuleSetVersion;
import org.tacit.domain.model.assessment.TaskInput;
import org.tacit.domain.model.library.LibraryRelease;
import org.tacit.domain.report.BoardReport;
import org.tacit.domain.report.BoardReport.Amount;
import org.tacit.domain.report.BoardReport.AssumptionLine;
import org.tacit.domain.report.BoardReport.ClassHours;
import org.tacit.domain.report.BoardReport.CoverageLine;
import org.tacit.domain.report.BoardReport.HeldBack;
import org.tacit.domain.report.BoardReport.Row;
import org.tacit.domain.report.BoardReport.RuleLine;
import org.tacit.domain.report.BoardReport.Series;
import org.tacit.domain.report.BoardReport.YearFigures;
import org.tacit.domain.scenario.HorizonTrend;
import org.tacit.domain.scenario.SavedScenario;
import org.tacit.domain.scenario.Scenario;
import org.tacit.domain.scenario.ScenarioAssumption;
import org.tacit.domain.scoring.Rule;
import org.tacit.domain.scoring.RuleSet;
import org.tacit.domain.scoring.RuleSources;
import org.tacit.domain.scoring.Rules;
import org.tacit.domain.scoring.TaskClass;
import org.tacit.text.Words;

/**
 * The board report's figures, all from one scoring of the caller's tasks: the chosen scenario's
 * report (the same figures as {@code GET /reports/substitution}), every scenario's realistic figure
 * for the trend, and what the task level adds (hours by class, what holds the figures back, the
 * tasks that weigh most). Public for the benchmarks, which build it without a container.
 */
public final class BoardFigures {

  /**
   * What the report says about itself beyond the figures.
   *
   * @param scope whose figures these are, as the cover says it
   * @param onetRelease the O*NET release whose content the estimates use, such as "O*NET 27.0";
   *     null for none
   */
  public record Setting(
      String scope,
      LocalDate date,
      LocalDate ruleSetPublishedOn,
      String ruleSetPublishedBy,
      String onetRelease,
      HorizonTrend trend) {

    /**
     * For {@code caller}, reading {@code scored}, with the rule set in use, on {@code date}, in
     * {@code words}.
     */
    static Setting of(
        CallerScope caller,
        ScoredOrganisation scored,
        RuleSetVersion ruleSet,
        String onetRelease,
        LocalDate date,
        HorizonTrend trend,
        Words words) {
      String scope =
          caller.readsEverything()
              ? words.text("board.scope.all")
              : words.text(
                  "board.scope.some", String.join(", ", scored.departmentNames().values()));
      return new Setting(
          scope,
          date,
          ruleSet.publishedAt().map(at -> LocalDate.ofInstant(at, ZoneOffset.UTC)).orElse(null),
          ruleSet.publishedBy().orElse(null),
          onetRelease,
          trend);
    }
  }

  private static final List<TaskClass> CLASSES = List.of(TaskClass.values());

  private BoardFigures() {}

  /**
   * Scores {@code inputs} with {@code ruleSet} and gathers the report of {@code chosen}, one of
   * {@code all}.
   */
  public static BoardReport of(
      RuleSet ruleSet,
      List<TaskInput> inputs,
      List<SavedScenario> all,
      SavedScenario chosen,
      Setting setting) {
    ScoredOrganisation scored = ScoredOrganisation.score(ruleSet, inputs);
    return of(
        scored,
        all,
        chosen,
        setting,
        null,
        Words.in(Locale.ENGLISH),
        saved -> SubstitutionReportsBean.report(scored, saved, setting.trend()));
  }

  /**
   * {@code economy} is the US economy under {@code chosen}, or null to leave that page out; the
   * sentences the report carries (swings, task classes, the economy's basis) in {@code words}; each
   * scenario's figures of {@code scored} taken from {@code reportOf} (on the server, the shared
   * figures, so that twenty board reports compute no scenario again).
   */
  static BoardReport of(
      ScoredOrganisation scored,
      List<SavedScenario> all,
      SavedScenario chosen,
      Setting setting,
      EconomyBenchmark economy,
      Words words,
      Function<SavedScenario, SubstitutionReport> reportOf) {
    List<Series> trend = new ArrayList<>();
    SubstitutionReport report = null;
    int chosenIndex = -1;
    for (SavedScenario saved : all) {
      SubstitutionReport each = reportOf.apply(saved);
      if (saved.id().equals(chosen.id())) {
        report = each;
        chosenIndex = trend.size();
      }
      trend.add(
          new Series(
              saved.name(),
              each.organisation().stream().map(y -> y.realisticSubstitution().share()).toList()));
    }
    if (report == null) {
      throw new IllegalArgumentException(
          "Scenario " + chosen.id() + " is not among the scenarios given.");
    }
    List<org.tacit.application.scenarios.YearFigures> organisation = report.organisation();
    org.tacit.application.scenarios.YearFigures last = organisation.get(organisation.size() - 1);
    BoardTasks tasks = new BoardTasks(scored, words);
    Scenario scenario = chosen.scenario(setting.trend());
    BoardWhy why = new BoardWhy(scored, scenario);
    Coverage coverage = last.coverage();
    List<Dashboard.ClassHours> classHours = DashboardFigures.departments(scored);
    return new BoardReport(
        new BoardReport.Cover(
            setting.scope(),
            chosen.name(),
            setting.date(),
            report.ruleSetVersion(),
            setting.ruleSetPublishedOn(),
            setting.ruleSetPublishedBy(),
            scored.departmentNames().size(),
            scored.roles().size(),
            scored.inputs().size()),
        report.years(),
        year(organisation.get(0)),
        year(last),
        BoardCertainty.ranges(scenario, scored.workforce(), setting.trend()),
        why.organisation(),
        BoardWhy.leadingDepartments(report.departments(), last),
        why.openAnswers(),
        BoardCertainty.sensitivity(scenario, scored.workforce(), words),
        trend,
        chosenIndex,
        series(words.text("board.figure.naive"), organisation, true),
        series(words.text("board.figure.technical"), organisation, false),
        CLASSES.stream().map(c -> words.text("board.taskClass." + c.name())).toList(),
        hoursByClass(classHours),
        departments(report, why),
        roles(report, scored.departmentNames(), why),
        tasks.top(TaskClass.AUTOMATABLE),
        tasks.top(TaskClass.LEARNING_BOUND),
        assumptions(chosen, setting.trend(), words),
        new BoardReport.Method(
            report.ruleSetVersion(),
            scored.ruleSet().learningNeedThreshold(),
            scored.ruleSet().automationReadinessThreshold(),
            scored.ruleSet().estimateCredit(),
            rules(scored.ruleSet(), words),
            new CoverageLine(
                coverage.tasks(),
                coverage.tasksWithDerivedShare(),
                coverage.rolesWithoutHeadcount(),
                coverage.fteWithoutCost(),
                coverage.unscoredShare(),
                coverage.unknownLengthShare(),
                coverage.estimatedShare(),
                coverage.confidence()),
            BoardCertainty.horizonSource(scenario, words),
            BoardCertainty.realWork(scenario),
            setting.onetRelease() == null
                ? null
                : words.text(
                    "onetCredit.line", LibraryRelease.attributionOf(setting.onetRelease()))),
        economy == null || economy.economy().isEmpty()
            ? null
            : economy(classHours, organisation, economy, words));
  }

  /**
   * The comparison's lines with, after the three figures, what they rest on on each side: the hours
   * scored on unconfirmed estimates and the hours ready for AI whose length nobody knows.
   */
  private static BoardReport.Economy economy(
      List<Dashboard.ClassHours> classHours,
      List<org.tacit.application.scenarios.YearFigures> ours,
      EconomyBenchmark economy,
      Words words) {
    List<EconomyComparison.Line> comparison = EconomyComparison.of(ours, classHours, economy);
    String basis =
        words.text(
            "board.economy.basis",
            economy.coverage().occupationsCounted(),
            economy.libraryRelease(),
            economy.employmentSource(),
            String.valueOf(economy.ruleSetVersion()));
    List<BoardReport.EconomyLine> lines = new ArrayList<>();
    for (int n = 0; n < comparison.size(); n++) {
      EconomyComparison.Line l = comparison.get(n);
      lines.add(
          new BoardReport.EconomyLine(
              EconomyComparison.figure(
                  n, ours.get(0).year(), ours.get(ours.size() - 1).year(), words),
              l.organisation(),
              l.economy()));
    }
    Coverage ourCoverage = ours.get(ours.size() - 1).coverage();
    org.tacit.application.scenarios.YearFigures theirs =
        economy.economy().get(economy.economy().size() - 1);
    int afterFigures = Math.min(3, lines.size());
    lines.add(
        afterFigures,
        new BoardReport.EconomyLine(
            words.text("board.economy.unknownLength"),
            ourCoverage.unknownLengthShare(),
            theirs.coverage().unknownLengthShare()));
    lines.add(
        afterFigures,
        new BoardReport.EconomyLine(
            words.text("board.economy.estimated"),
            ourCoverage.estimatedShare(),
            theirs.coverage().estimatedShare()));
    return new BoardReport.Economy(
        basis,
        lines,
        EconomyComparison.note(comparison) == null ? null : words.text("board.economy.noLengths"),
        economy.coverage().employmentCountedShare(),
        economy.publishedEstimates().stream()
            .map(published -> published.in(words))
            .map(
                e ->
                    new BoardReport.Estimate(
                        e.name(), e.figure(), e.share(), e.measures(), e.citation()))
            .toList());
  }

  private static YearFigures year(org.tacit.application.scenarios.YearFigures y) {
    return new YearFigures(
        y.year(),
        zeroIfNull(y.hours()),
        zeroIfNull(y.fte()),
        y.cost(),
        amount(y.naiveExposure()),
        amount(y.technicallySubstitutable()),
        amount(y.realisticSubstitution()));
  }

  private static Amount amount(Share s) {
    return new Amount(s.share(), s.hours(), s.fte(), s.cost());
  }

  private static Series series(
      String name, List<org.tacit.application.scenarios.YearFigures> years, boolean naive) {
    return new Series(
        name,
        years.stream()
            .map(y -> naive ? y.naiveExposure().share() : y.technicallySubstitutable().share())
            .toList());
  }

  /** The dashboard's hours by class per department, in the order of {@link #CLASSES}. */
  private static List<ClassHours> hoursByClass(List<Dashboard.ClassHours> departments) {
    return departments.stream()
        .map(
            d ->
                new ClassHours(
                    d.code(),
                    d.name(),
                    CLASSES.stream().map(c -> d.hours().getOrDefault(c.name(), 0.0)).toList()))
        .toList();
  }

  private static List<Row> departments(SubstitutionReport report, BoardWhy why) {
    return report.departments().stream()
        .map(d -> row(d.name() + " (" + d.key() + ")", null, d, why.department(d.key())))
        .toList();
  }

  /** By department name, then the most realistic FTE first. */
  private static List<Row> roles(
      SubstitutionReport report, Map<String, String> departmentNames, BoardWhy why) {
    List<Row> rows = new ArrayList<>();
    report
        .roles()
        .forEach(
            role ->
                rows.add(
                    row(
                        role.name(),
                        departmentNames.get(role.departmentCode()),
                        role,
                        why.role(Long.parseLong(role.key())))));
    rows.sort(
        Comparator.comparing(Row::department, Comparator.nullsLast(String::compareTo))
            .thenComparing(r -> r.realisticFte() == null ? 0 : -r.realisticFte())
            .thenComparing(Row::name));
    return rows;
  }

  private static Row row(String name, String department, GroupFigures group, HeldBack heldBack) {
    org.tacit.application.scenarios.YearFigures last = group.years().get(group.years().size() - 1);
    return new Row(
        name,
        department,
        last.hours(),
        last.fte(),
        last.naiveExposure().share(),
        last.technicallySubstitutable().share(),
        last.realisticSubstitution().share(),
        last.realisticSubstitution().fte(),
        heldBack);
  }

  /** Every assumption of the chosen scenario, in the report's words. */
  private static List<AssumptionLine> assumptions(
      SavedScenario chosen, HorizonTrend trend, Words words) {
    List<AssumptionLine> lines = new ArrayList<>();
    for (AssumptionValue a : ScenarioSummaries.scenario(chosen, trend).assumptions()) {
      ScenarioAssumption which = a.assumption();
      lines.add(
          new AssumptionLine(
              which.name(words),
              which.shown(a.value(), words),
              which.shown(a.defaultValue(), words),
              which.source(a.sourceFacts(), words),
              a.atDefault()));
    }
    return lines;
  }

  private static List<RuleLine> rules(RuleSet ruleSet, Words words) {
    List<RuleLine> lines = new ArrayList<>();
    for (Rule rule : Rules.all()) {
      double weight = ruleSet.weight(rule.id());
      if (weight > 0) {
        lines.add(
            new RuleLine(
                rule.id(),
                words.textOr("fact." + rule.fact().column(), rule.fact().column()),
                words.text("board.axis." + rule.axis().name()),
                RuleSources.direction(rule),
                weight,
                words.textOr("rule." + rule.id() + ".why", RuleSources.of(rule.id()))));
      }
    }
    return lines;
  }

  private static double zeroIfNull(Double value) {
    return value == null ? 0 : value;
  }
}
