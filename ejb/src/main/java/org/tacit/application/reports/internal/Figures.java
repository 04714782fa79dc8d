package org.tacit.application.reports.internal;

import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import org.tacit.application.reports.Dashboard;
import org.tacit.application.reports.EstimatedTask;
import org.tacit.application.reports.SubstitutionReport;
import org.tacit.application.reports.SubstitutionReport.Certainty;
import org.tacit.domain.scenario.HorizonTrend;
import org.tacit.domain.scenario.SavedScenario;
import org.tacit.domain.scenario.Scenario;

/**
 * The figures one caller may read, for one state of the data: taken from the {@link FigureCache}
 * where another request made them, else made and kept there. The whole organisation is scored once
 * per state; a caller who reads some departments gets a slice of it, kept per set of departments,
 * so that every caller with the same departments shares their figures.
 */
final class Figures {

  private final FigureCache cache;
  private final FigureState state;

  /** The departments the caller reads; null for every one. */
  private final Set<String> departments;

  private final Supplier<ScoredOrganisation> organisation;

  Figures(
      FigureCache cache,
      FigureState state,
      Set<String> departments,
      Supplier<ScoredOrganisation> organisation) {
    this.cache = cache;
    this.state = state;
    this.departments = departments == null ? null : Set.copyOf(departments);
    this.organisation = organisation;
  }

  /** The caller's tasks, scored with the rule set of the state. */
  ScoredOrganisation scored() {
    ScoredOrganisation all = cache.figure(state, Whole.ORGANISATION, organisation);
    return departments == null
        ? all
        : cache.figure(state, new Slice(departments), () -> all.slice(departments));
  }

  /** The caller's figures under {@code saved}; see {@link SubstitutionReportsBean#report}. */
  SubstitutionReport report(SavedScenario saved, HorizonTrend trend, int roleHoldbackFrom) {
    return cache.figure(
        state,
        new Report(departments, At.of(saved, trend), roleHoldbackFrom),
        () -> SubstitutionReportsBean.report(scored(), saved, trend, roleHoldbackFrom));
  }

  /** How far the caller's headline figures move across the presets and with each assumption. */
  Certainty certainty(SavedScenario saved, HorizonTrend trend) {
    return cache.figure(
        state,
        new CertaintyOf(departments, At.of(saved, trend)),
        () -> HeadlineCertainty.of(scored(), saved.scenario(trend), trend));
  }

  /** The caller's tasks resting mostly on estimates; see {@link EstimatedTasks}. */
  EstimatedTask.Top estimatedTasks(int max) {
    return cache.figure(
        state, new EstimatedOf(departments, max), () -> EstimatedTasks.of(scored().inputs(), max));
  }

  /** The dashboard of the caller's departments beside {@code reports}. */
  Dashboard dashboard(List<SubstitutionReport> reports) {
    Dashboard tables =
        cache.figure(
            state,
            new DashboardOf(departments),
            () -> {
              ScoredOrganisation scored = scored();
              return new Dashboard(
                  List.of(),
                  DashboardFigures.factColumns(),
                  DashboardFigures.departments(scored),
                  DashboardFigures.roles(scored));
            });
    return new Dashboard(reports, tables.facts(), tables.departments(), tables.roles());
  }

  private enum Whole {
    ORGANISATION
  }

  private record Slice(Set<String> departments) {}

  /**
   * A scenario as it stands: its row version changes with every edit, and the horizon trend (which
   * an administrator's new point moves) is part of what it means.
   */
  private record At(long scenarioId, long rowVersion, Scenario scenario, HorizonTrend trend) {
    static At of(SavedScenario saved, HorizonTrend trend) {
      return new At(saved.id(), saved.rowVersion(), saved.scenario(trend), trend);
    }
  }

  private record Report(Set<String> departments, At at, int roleHoldbackFrom) {}

  private record CertaintyOf(Set<String> departments, At at) {}

  private record DashboardOf(Set<String> departments) {}

  private record EstimatedOf(Set<String> departments, int max) {}
}
