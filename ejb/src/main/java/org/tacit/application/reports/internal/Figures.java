package org.tacit.application.reports.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import org.tacit.application.reports.Dashboard;
import org.tacit.application.reports.EstimatedTask;
import org.tacit.application.reports.Freshness;
import org.tacit.application.reports.SubstitutionReport;
import org.tacit.application.reports.SubstitutionReport.Certainty;
import org.tacit.application.scenarios.ScenarioSummaries;
import org.tacit.application.scenarios.ScenarioSummary;
import org.tacit.domain.scenario.HorizonTrend;
import org.tacit.domain.scenario.SavedScenario;
import org.tacit.domain.scenario.Scenario;

/**
 * The figures one caller may read, for one state of the data: taken from the {@link FigureCache}
 * where another request made them, else made and kept there. The whole organisation is scored once
 * per state; a caller who reads some departments gets a slice of it, kept per set of departments,
 * so that every caller with the same departments shares their figures.
 *
 * <p>Each figure is kept under a {@link Figure} that says everything it depends on besides the
 * state, so that the background can compute the same figures again for a new state ({@link
 * #refresh}).
 */
final class Figures {

  private final FigureCache cache;
  private final FigureState state;

  /** The departments the caller reads; null for every one. */
  private final Set<String> departments;

  private final Supplier<ScoredOrganisation> organisation;
  private final Freshness freshness;

  /** Whether the background computes these for a new state, rather than a request reading them. */
  private final boolean background;

  Figures(
      FigureCache cache,
      FigureState state,
      Set<String> departments,
      Supplier<ScoredOrganisation> organisation,
      Freshness freshness) {
    this(cache, state, departments, organisation, freshness, false);
  }

  private Figures(
      FigureCache cache,
      FigureState state,
      Set<String> departments,
      Supplier<ScoredOrganisation> organisation,
      Freshness freshness,
      boolean background) {
    this.background = background;
    this.cache = cache;
    this.state = state;
    this.departments = departments == null ? null : Set.copyOf(departments);
    this.organisation = organisation;
    this.freshness = freshness;
  }

  /**
   * Computes for {@code now} the figures {@code kept} names, what dashboards read in the state
   * before, so that they find them when they read this state: the whole organisation first, then
   * what the Reports page shows as it opens, then {@code shown} runs (dashboards read the state
   * from then on), then the rest (certainty, the export's and API's figures), which a request that
   * asks first computes itself.
   */
  static Timings refresh(
      FigureCache cache, FigureSource.Now now, List<Object> kept, Runnable shown) {
    Timings timings = new Timings();
    long started = System.nanoTime();
    new Figures(cache, now.state(), null, now.organisation(), Freshness.CURRENT).scored();
    timings.add("organisation", started);
    List<Figure<?>> figures = new ArrayList<>();
    kept.stream().filter(Figure.class::isInstance).forEach(f -> figures.add((Figure<?>) f));
    for (boolean onOpening : new boolean[] {true, false}) {
      for (Figure<?> figure : figures) {
        if (figure.onOpening() == onOpening) {
          long from = System.nanoTime();
          new Figures(
                  cache,
                  now.state(),
                  figure.departments(),
                  now.organisation(),
                  Freshness.CURRENT,
                  true)
              .kept(figure);
          timings.add(figure.getClass().getSimpleName(), from);
        }
      }
      if (onOpening) {
        shown.run();
      }
    }
    return timings;
  }

  /** How long each kind of figure took in a refresh, for the log an operator reads. */
  static final class Timings {
    private final Map<String, long[]> byKind = new LinkedHashMap<>();

    void add(String kind, long startedNanos) {
      long[] counted = byKind.computeIfAbsent(kind, k -> new long[2]);
      counted[0]++;
      counted[1] += System.nanoTime() - startedNanos;
    }

    /** "organisation 1 in 1,830 ms; Report 12 in 3,410 ms; …" */
    @Override
    public String toString() {
      StringBuilder text = new StringBuilder();
      byKind.forEach(
          (kind, counted) ->
              text.append(text.length() == 0 ? "" : "; ")
                  .append(kind)
                  .append(' ')
                  .append(counted[0])
                  .append(" in ")
                  .append(counted[1] / 1_000_000)
                  .append(" ms"));
      return text.toString();
    }
  }

  /** Whether these are the figures of the data as it is, or of a moment before. */
  Freshness freshness() {
    return freshness;
  }

  /** The caller's tasks, scored with the rule set of the state. */
  ScoredOrganisation scored() {
    ScoredOrganisation all =
        cache.figure(
            state,
            new Whole(),
            () -> {
              ScoredOrganisation scored = organisation.get();
              cache.scored(scored.inputs().size());
              cache.scoredWhole(state, scored);
              return scored;
            });
    return departments == null
        ? all
        : cache.figure(state, new Slice(departments), () -> all.slice(departments));
  }

  /** The caller's figures under {@code saved}; see {@link SubstitutionReportsBean#report}. */
  SubstitutionReport report(SavedScenario saved, HorizonTrend trend, int roleHoldbackFrom) {
    return kept(new Report(departments, At.of(saved, trend), roleHoldbackFrom));
  }

  /** How far the caller's headline figures move across the presets and with each assumption. */
  Certainty certainty(SavedScenario saved, HorizonTrend trend) {
    return kept(new CertaintyOf(departments, At.of(saved, trend)));
  }

  /** The caller's tasks resting mostly on estimates; see {@link EstimatedTasks}. */
  EstimatedTask.Top estimatedTasks(int max) {
    return kept(new EstimatedOf(departments, max));
  }

  /** The dashboard of the caller's departments beside {@code reports}. */
  Dashboard dashboard(List<SubstitutionReport> reports) {
    Tables tables = kept(new DashboardOf(departments));
    return new Dashboard(reports, tables.facts(), tables.departments(), tables.roles(), freshness);
  }

  private <T> T kept(Figure<T> figure) {
    return background
        ? cache.computed(state, figure, () -> figure.of(this))
        : cache.figure(state, figure, () -> figure.of(this));
  }

  /** A figure of some departments, and how it is made from the figures of those departments. */
  private sealed interface Figure<T> {
    Set<String> departments();

    T of(Figures figures);

    /** Whether the Reports page shows it as it opens. */
    default boolean onOpening() {
      return false;
    }
  }

  private record Whole() {}

  private record Slice(Set<String> departments) {}

  /**
   * A scenario as it stands: its row version changes with every edit, and the horizon trend (which
   * an administrator's new point moves) is part of what it means. It holds the scenario's values,
   * not the stored scenario, so the background can compute with it after the request has ended.
   */
  private record At(
      long scenarioId,
      long rowVersion,
      Scenario scenario,
      ScenarioSummary summary,
      HorizonTrend trend) {
    static At of(SavedScenario saved, HorizonTrend trend) {
      return new At(
          saved.id(),
          saved.rowVersion(),
          saved.scenario(trend),
          ScenarioSummaries.scenario(saved, trend),
          trend);
    }
  }

  private record Report(Set<String> departments, At at, int roleHoldbackFrom)
      implements Figure<SubstitutionReport> {
    /** The dashboard's reports give roles' holdback in their last year only; others every year. */
    @Override
    public boolean onOpening() {
      return roleHoldbackFrom != Integer.MIN_VALUE;
    }

    @Override
    public SubstitutionReport of(Figures figures) {
      return SubstitutionReportsBean.report(
          figures.scored(), at.scenario(), at.summary(), roleHoldbackFrom);
    }
  }

  private record CertaintyOf(Set<String> departments, At at) implements Figure<Certainty> {
    @Override
    public Certainty of(Figures figures) {
      HeadlineCertainty.Ranges ranges =
          figures.kept(new RangesOf(departments, at.scenario().firstYear().value(), at.trend()));
      return HeadlineCertainty.of(ranges, figures.scored(), at.scenario());
    }
  }

  /** The presets' ranges from a first year: shared by every scenario that starts in it. */
  private record RangesOf(Set<String> departments, int firstYear, HorizonTrend trend)
      implements Figure<HeadlineCertainty.Ranges> {
    @Override
    public HeadlineCertainty.Ranges of(Figures figures) {
      return HeadlineCertainty.ranges(figures.scored(), firstYear, trend);
    }
  }

  /** What the dashboard shows besides the reports: the same under every scenario. */
  private record Tables(
      List<Dashboard.FactColumn> facts,
      List<Dashboard.ClassHours> departments,
      List<Dashboard.RoleProfile> roles) {}

  private record DashboardOf(Set<String> departments) implements Figure<Tables> {
    @Override
    public boolean onOpening() {
      return true;
    }

    @Override
    public Tables of(Figures figures) {
      ScoredOrganisation scored = figures.scored();
      return new Tables(
          DashboardFigures.factColumns(),
          DashboardFigures.departments(scored),
          DashboardFigures.roles(scored));
    }
  }

  private record EstimatedOf(Set<String> departments, int max)
      implements Figure<EstimatedTask.Top> {
    @Override
    public EstimatedTask.Top of(Figures figures) {
      return EstimatedTasks.of(figures.scored().inputs(), max);
    }
  }
}
