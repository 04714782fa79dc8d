package org.tacit.application.scenarios;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.SortedMap;
import org.tacit.application.scenarios.YearFigures.Coverage;
import org.tacit.application.scenarios.YearFigures.Holdback;
import org.tacit.application.scenarios.YearFigures.Share;
import org.tacit.application.scenarios.internal.ScenarioEdits;
import org.tacit.domain.scenario.Assumption;
import org.tacit.domain.scenario.Figures;
import org.tacit.domain.scenario.HorizonTrend;
import org.tacit.domain.scenario.Portion;
import org.tacit.domain.scenario.RealWorkCheck;
import org.tacit.domain.scenario.SavedScenario;
import org.tacit.domain.scenario.Scenario;
import org.tacit.domain.scenario.ScenarioAssumption;
import org.tacit.text.Words;

/** Scenarios and figures as pages and the API show them: a share of no hours is null, not NaN. */
public final class ScenarioSummaries {

  private ScenarioSummaries() {}

  /** The saved scenario, its horizon's defaults from {@code trend}. */
  public static ScenarioSummary scenario(SavedScenario saved, HorizonTrend trend) {
    Scenario s = saved.scenario(trend);
    return new ScenarioSummary(
        saved.id(),
        saved.rowVersion(),
        saved.name(),
        assumptions(s),
        saved.changedBy(),
        saved.changedAt(),
        ScenarioEdits.values(s, saved.rowVersion()));
  }

  /**
   * A scenario that is not saved, such as the defaults a new one starts from: id 0, no one changed
   * it.
   */
  public static ScenarioSummary unsaved(Scenario s) {
    return new ScenarioSummary(
        0, 0, s.name(), assumptions(s), null, null, ScenarioEdits.values(s, 0));
  }

  private static final Words ENGLISH = Words.in(Locale.ENGLISH);

  /** Every assumption of {@code s}, in the descriptor's order, named in English for the API. */
  private static List<AssumptionValue> assumptions(Scenario s) {
    List<AssumptionValue> assumptions = new ArrayList<>();
    for (ScenarioAssumption which : ScenarioAssumption.values()) {
      Assumption<?> a = which.in(s);
      assumptions.add(
          new AssumptionValue(
              which.field(),
              which.name(ENGLISH),
              written(which.value(s)),
              written(which.defaultValue(s)),
              which.source(a.sourceFacts(), ENGLISH),
              a.sourceFacts(),
              a.isDefault()));
    }
    return assumptions;
  }

  /** A month as the API writes it, "2025-03"; any other plain value as it is. */
  private static Object written(Object plain) {
    return plain instanceof YearMonth month ? month.toString() : plain;
  }

  /** Every year's figures, each with what holds its hours back. */
  public static List<YearFigures> years(SortedMap<Integer, Figures> figures) {
    return years(figures, figures.isEmpty() ? Integer.MIN_VALUE : figures.firstKey());
  }

  /**
   * Every year's figures; what holds the hours back only from {@code holdbackFrom} on, null before.
   */
  public static List<YearFigures> years(SortedMap<Integer, Figures> figures, int holdbackFrom) {
    List<YearFigures> years = new ArrayList<>();
    YearFigures before = null;
    for (Figures f : figures.values()) {
      YearFigures year =
          new YearFigures(
              f.year(),
              number(f.hours()),
              number(f.fte()),
              number(f.cost()),
              share(f.naive()),
              share(f.technical()),
              share(f.realistic()),
              coverage(f),
              f.year() >= holdbackFrom ? holdback(f.holdback()) : null);
      before = before == null ? year : sharing(year, before);
      years.add(before);
    }
    return years;
  }

  /** {@code year}, with what equals the year before's taken from it (see {@link #same}). */
  private static YearFigures sharing(YearFigures year, YearFigures before) {
    return new YearFigures(
        year.year(),
        same(year.hours(), before.hours()),
        same(year.fte(), before.fte()),
        same(year.cost(), before.cost()),
        same(year.naiveExposure(), before.naiveExposure()),
        same(year.technicallySubstitutable(), before.technicallySubstitutable()),
        same(year.realisticSubstitution(), before.realisticSubstitution()),
        same(year.coverage(), before.coverage()),
        same(year.holdback(), before.holdback()));
  }

  /**
   * The year before's value where this year's equals it. Most of a role's figures (its hours, its
   * naive exposure, what its figures rest on) are the same every year, and the reports of a large
   * organisation keep a thousand roles' eleven years under every scenario: sharing the unchanged
   * ones keeps a fraction of the objects. They are immutable, so sharing changes nothing else.
   */
  private static <T> T same(T now, T before) {
    return Objects.equals(now, before) ? before : now;
  }

  private static Holdback holdback(org.tacit.domain.scenario.Holdback h) {
    return new Holdback(
        share(h.notReady()),
        share(h.learningNeed()),
        share(h.taskLength()),
        share(h.unknownLength()),
        share(h.adoptionAndCapture()));
  }

  private static Share share(Portion p) {
    return new Share(number(p.share()), number(p.hours()), number(p.fte()), number(p.cost()));
  }

  private static Coverage coverage(Figures f) {
    var c = f.coverage();
    return new Coverage(
        c.tasks(),
        c.tasksWithDerivedShare(),
        c.rolesWithoutHeadcount(),
        number(c.fteWithoutCost()),
        number(c.unscoredShare()),
        number(c.unknownLengthShare()),
        number(c.estimatedShare()),
        number(c.confidence()));
  }

  public static RealWorkComparison realWork(SavedScenario saved, RealWorkCheck check) {
    RealWorkCheck.Measurement m = check.measured();
    return new RealWorkComparison(
        saved.id(),
        saved.name(),
        m.name(),
        m.measured(),
        m.typicalHours(),
        m.errorCost(),
        m.rate(),
        check.predicted(),
        RealWorkCheck.FACTOR,
        check.holds(),
        m.source());
  }

  /** Nothing unchanged by a scenario, such as a role with no task held back, is zero. */
  private static final Double ZERO = 0.0;

  /** A figure as reports hold it: null where it is not a number (a share of no hours). */
  public static Double number(double value) {
    if (Double.compare(value, 0.0) == 0) {
      return ZERO;
    }
    return Double.isFinite(value) ? value : null;
  }
}
