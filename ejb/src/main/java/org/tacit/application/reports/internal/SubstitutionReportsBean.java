package org.tacit.application.reports.internal;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.TreeMap;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.tacit.application.NotFoundException;
import org.tacit.application.access.CallerScope;
import org.tacit.application.access.Callers;
import org.tacit.application.access.Scopes;
import org.tacit.application.access.SecurityLog;
import org.tacit.application.access.Work;
import org.tacit.application.access.WorkPermits;
import org.tacit.application.economy.EconomyBenchmark;
import org.tacit.application.economy.UsEconomy;
import org.tacit.application.reports.Dashboard;
import org.tacit.application.reports.EstimatedTask;
import org.tacit.application.reports.SubstitutionReport;
import org.tacit.application.reports.SubstitutionReport.Certainty;
import org.tacit.application.reports.SubstitutionReport.GroupFigures;
import org.tacit.application.reports.SubstitutionReports;
import org.tacit.application.scenarios.HorizonTrends;
import org.tacit.application.scenarios.RealWorkComparison;
import org.tacit.application.scenarios.ScenarioSummaries;
import org.tacit.application.scenarios.ScenarioSummary;
import org.tacit.domain.model.assessment.TaskInput;
import org.tacit.domain.model.library.LibraryRelease;
import org.tacit.domain.report.ExportFormat;
import org.tacit.domain.scenario.HorizonTrend;
import org.tacit.domain.scenario.RealWorkCheck;
import org.tacit.domain.scenario.SavedScenario;
import org.tacit.domain.scenario.Scenario;
import org.tacit.domain.scenario.SubstitutionEngine;
import org.tacit.domain.scenario.SubstitutionEstimate;
import org.tacit.infrastructure.exports.TableWriter;
import org.tacit.infrastructure.persistence.AssessmentRepository;
import org.tacit.infrastructure.persistence.InventoryRepository;
import org.tacit.infrastructure.persistence.OccupationRepository;
import org.tacit.infrastructure.persistence.ScenarioRepository;
import org.tacit.infrastructure.reports.BoardPdf;
import org.tacit.text.Words;

/** The reports under each scenario, of the departments the caller may read. */
@Stateless
@RolesAllowed({CallerScope.ADMIN, CallerScope.ANALYST, CallerScope.EDITOR, CallerScope.VIEWER})
public class SubstitutionReportsBean implements SubstitutionReports {

  private static final Logger LOG = Logger.getLogger(SubstitutionReportsBean.class.getName());

  @Inject Callers callers;
  @Inject Scopes scopes;
  @Inject ScenarioRepository scenarios;
  @Inject AssessmentRepository runs;
  @Inject OccupationRepository library;
  @Inject UsEconomy economies;
  @Inject WorkPermits permits;
  @Inject HorizonTrends trends;
  @Inject InventoryRepository inventory;
  @Inject FigureCache cache;
  @EJB FigureRefresh refresh;

  @Override
  public SubstitutionReport report(long scenarioId) {
    SavedScenario saved = saved(scenarioId);
    Figures figures = figures();
    HorizonTrend trend = trends.current();
    SubstitutionReport report = figures.report(saved, trend, Integer.MIN_VALUE);
    return report.withCertainty(figures.certainty(saved, trend));
  }

  @Override
  public List<SubstitutionReport> reports() {
    Figures figures = figures();
    HorizonTrend trend = trends.current();
    return scenarios.all().stream()
        .map(saved -> figures.report(saved, trend, Integer.MIN_VALUE))
        .toList();
  }

  @Override
  public Dashboard dashboard() {
    Figures figures = figures(true);
    HorizonTrend trend = trends.current();
    List<SubstitutionReport> all =
        scenarios.all().stream()
            .map(saved -> figures.report(saved, trend, saved.scenario(trend).lastYear().value()))
            .toList();
    return figures.dashboard(all);
  }

  @Override
  public Optional<SubstitutionReport> defaultReport() {
    List<SavedScenario> all = scenarios.all();
    Optional<SavedScenario> chosen =
        all.stream()
            .filter(saved -> saved.name().equals(DEFAULT_SCENARIO))
            .findFirst()
            .or(() -> all.stream().findFirst());
    if (chosen.isEmpty()) {
      return Optional.empty();
    }
    HorizonTrend trend = trends.current();
    int lastYear = chosen.get().scenario(trend).lastYear().value();
    return Optional.of(figures().report(chosen.get(), trend, lastYear));
  }

  @Override
  public EstimatedTask.Top estimatedTasks(int max) {
    return figures().estimatedTasks(max);
  }

  @Override
  public Certainty certainty(long scenarioId) {
    return figures(true).certainty(saved(scenarioId), trends.current());
  }

  @Override
  public List<RealWorkComparison> realWorkChecks() {
    HorizonTrend trend = trends.current();
    return scenarios.all().stream()
        .flatMap(
            saved ->
                RealWorkCheck.of(saved.scenario(trend)).stream()
                    .map(check -> ScenarioSummaries.realWork(saved, check)))
        .toList();
  }

  /** The caller's figures of the data as it is, as kept. */
  Figures figures() {
    return figures(false);
  }

  /**
   * The caller's figures as kept; for a dashboard, which may show the figures before an edit while
   * the current ones are computed in the background ({@link FigureCache#reading}).
   */
  private Figures figures(boolean dashboard) {
    FigureSource.Now now = new FigureSource(runs, library, inventory, cache).now();
    FigureCache.Reading reading = cache.reading(now.state(), dashboard);
    if (reading.startRefresh()) {
      try {
        refresh.refresh();
      } catch (RuntimeException e) {
        cache.refreshFailed();
        LOG.log(Level.WARNING, "Could not start computing the current figures", e);
      }
    }
    return new Figures(
        cache,
        reading.state(),
        scopes.readableCodes(callers.current()),
        now.organisation(),
        reading.freshness());
  }

  /** The caller's tasks scored once, with the rule set in use; every scenario reads the same. */
  ScoredOrganisation scored() {
    return figures().scored();
  }

  /**
   * The three figures of the organisation, its departments and roles under {@code saved}, every
   * year whole.
   */
  static SubstitutionReport report(
      ScoredOrganisation scored, SavedScenario saved, HorizonTrend trend) {
    return report(scored, saved, trend, Integer.MIN_VALUE);
  }

  /**
   * The figures under {@code saved}; a role's holdback only from {@code roleHoldbackFrom} on (the
   * organisation's and departments' every year).
   */
  static SubstitutionReport report(
      ScoredOrganisation scored, SavedScenario saved, HorizonTrend trend, int roleHoldbackFrom) {
    return report(
        scored, saved.scenario(trend), ScenarioSummaries.scenario(saved, trend), roleHoldbackFrom);
  }

  /**
   * The figures under {@code scenario}, which {@code summary} describes; a role's holdback only
   * from {@code roleHoldbackFrom} on.
   */
  static SubstitutionReport report(
      ScoredOrganisation scored, Scenario scenario, ScenarioSummary summary, int roleHoldbackFrom) {
    SubstitutionEstimate estimate = new SubstitutionEngine(scenario).estimate(scored.workforce());
    List<GroupFigures> departments = new ArrayList<>();
    new TreeMap<>(estimate.groupedBy(roleId -> scored.roles().get(roleId).departmentCode()))
        .forEach(
            (code, figures) ->
                departments.add(
                    new GroupFigures(
                        code,
                        scored.departmentNames().get(code),
                        code,
                        ScenarioSummaries.years(figures))));
    List<GroupFigures> roles = new ArrayList<>();
    for (TaskInput role : scored.roles().values()) {
      roles.add(
          new GroupFigures(
              Long.toString(role.roleId()),
              role.roleTitle(),
              role.departmentCode(),
              ScenarioSummaries.years(estimate.role(role.roleId()), roleHoldbackFrom)));
    }
    return new SubstitutionReport(
        summary,
        scored.ruleSet().version(),
        estimate.years(),
        ScenarioSummaries.years(estimate.organisation()),
        departments,
        roles,
        OpenAnswerList.of(scored, scenario),
        null);
  }

  @Override
  public EconomyBenchmark economy(long scenarioId) {
    return economies.benchmark(runs.published(), saved(scenarioId), trends.current());
  }

  @Override
  public void export(long scenarioId, ExportFormat format, OutputStream out) throws IOException {
    try (TableWriter table = TableWriter.of(format, out)) {
      SubstitutionTable.write(
          figures().report(saved(scenarioId), trends.current(), Integer.MIN_VALUE), table);
    }
    SecurityLog.success(
        callers.current().username(),
        "export",
        "substitution table of scenario " + scenarioId + " as " + format);
  }

  @Override
  public void board(long scenarioId, Locale locale, OutputStream out) {
    SavedScenario chosen = saved(scenarioId);
    CallerScope caller = callers.current();
    try (WorkPermits.Permit permit = permits.take(caller.username(), Work.PDF_RENDER)) {
      Figures figures = figures();
      ScoredOrganisation scored = figures.scored();
      HorizonTrend trend = trends.current();
      BoardFigures.Setting setting =
          BoardFigures.Setting.of(
              caller,
              scored,
              runs.published(),
              library.release().map(LibraryRelease::name).orElse(null),
              LocalDate.now(),
              trend,
              Words.in(locale));
      BoardPdf.write(
          BoardFigures.of(
              scored,
              scenarios.all(),
              chosen,
              setting,
              economyOrNone(chosen),
              Words.in(locale),
              saved -> figures.report(saved, trend, Integer.MIN_VALUE)),
          locale,
          out);
    }
    SecurityLog.success(caller.username(), "board-pdf", "board report of scenario " + scenarioId);
  }

  /** The economy for the board; a board report without that page beats no board report. */
  private EconomyBenchmark economyOrNone(SavedScenario chosen) {
    try {
      return economies.benchmark(runs.published(), chosen, trends.current());
    } catch (RuntimeException e) {
      LOG.log(
          Level.WARNING, "The board report leaves out the US economy, which could not be built", e);
      return null;
    }
  }

  private SavedScenario saved(long id) {
    return scenarios
        .find(id)
        .orElseThrow(() -> NotFoundException.saying("notFound.scenario", String.valueOf(id)));
  }
}
