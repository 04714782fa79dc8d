package org.tacit.application.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.SortedMap;
import org.tacit.application.AssumptionView;
import org.tacit.application.ScenarioView;
import org.tacit.application.SubstitutionReport.Coverage;
import org.tacit.application.SubstitutionReport.Share;
import org.tacit.application.SubstitutionReport.YearFigures;
import org.tacit.domain.scenario.Assumption;
import org.tacit.domain.scenario.Figures;
import org.tacit.domain.scenario.Portion;
import org.tacit.domain.scenario.SavedScenario;
import org.tacit.domain.scenario.Scenario;

/** Scenarios and figures as pages and the API show them: a share of no hours is null, not NaN. */
final class ReportViews {

  private ReportViews() {}

  static ScenarioView scenario(SavedScenario saved) {
    Scenario s = saved.scenario();
    return new ScenarioView(saved.id(), saved.rowVersion(), saved.name(), assumptions(s), saved.changedBy(),
        saved.changedAt(), ScenarioEdits.values(s, saved.rowVersion()));
  }

  /** A scenario that is not saved, such as the defaults a new one starts from: id 0, no one changed it. */
  static ScenarioView unsaved(Scenario s) {
    return new ScenarioView(0, 0, s.name(), assumptions(s), null, null, ScenarioEdits.values(s, 0));
  }

  private static List<AssumptionView> assumptions(Scenario s) {
    List<AssumptionView> assumptions = new ArrayList<>();
    for (Assumption<?> a : List.of(s.horizonHours(), s.horizonMeasured(), s.doublingMonths(), s.realWorkShare(),
        s.reliableHorizonShare(),
        s.halfHorizonUpToErrorCost(), s.reliableHorizonFromErrorCost(), s.continualLearning(), s.captureOfFragments(),
        s.adoptionYears(), s.firstYear(), s.lastYear())) {
      assumptions.add(new AssumptionView(a.name(), String.valueOf(a.value()), String.valueOf(a.defaultValue()),
          a.source(), a.isDefault()));
    }
    return assumptions;
  }

  static List<YearFigures> years(SortedMap<Integer, Figures> figures) {
    List<YearFigures> years = new ArrayList<>();
    figures.values().forEach(f -> years.add(new YearFigures(f.year(), number(f.hours()), number(f.fte()),
        number(f.cost()), share(f.naive()), share(f.technical()), share(f.realistic()), coverage(f))));
    return years;
  }

  private static Share share(Portion p) {
    return new Share(number(p.share()), number(p.hours()), number(p.fte()), number(p.cost()));
  }

  private static Coverage coverage(Figures f) {
    var c = f.coverage();
    return new Coverage(c.tasks(), c.tasksWithDerivedShare(), c.rolesWithoutHeadcount(), number(c.fteWithoutCost()),
        number(c.unscoredShare()), number(c.unknownLengthShare()), number(c.estimatedShare()), number(c.confidence()));
  }

  static Double number(double value) {
    return Double.isFinite(value) ? value : null;
  }
}
