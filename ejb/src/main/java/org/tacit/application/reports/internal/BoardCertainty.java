package org.tacit.application.reports.internal;

import java.util.List;
import org.tacit.application.scenarios.ScenarioSummaries;
import org.tacit.domain.report.BoardReport;
import org.tacit.domain.report.BoardReport.PresetRanges;
import org.tacit.domain.report.BoardReport.RealWorkLine;
import org.tacit.domain.report.BoardReport.Setting;
import org.tacit.domain.report.BoardReport.Setting.Unit;
import org.tacit.domain.report.BoardReport.SwingLine;
import org.tacit.domain.scenario.Assumption;
import org.tacit.domain.scenario.ContinualLearning;
import org.tacit.domain.scenario.HorizonTrend;
import org.tacit.domain.scenario.PresetRange;
import org.tacit.domain.scenario.RealWorkCheck;
import org.tacit.domain.scenario.Scenario;
import org.tacit.domain.scenario.ScenarioAssumption;
import org.tacit.domain.scenario.Scenarios;
import org.tacit.domain.scenario.Sensitivity;
import org.tacit.domain.scenario.StaffedRole;
import org.tacit.domain.scenario.Swing;
import org.tacit.domain.scenario.Workforce;
import org.tacit.text.Words;

/**
 * How sure the board report's headline is: its range across the preset scenarios, how far each
 * assumption moves it ({@link Sensitivity}), and whether the scenario's horizon reproduces what AI
 * is measured doing on real work ({@link RealWorkCheck}).
 */
final class BoardCertainty {

  private BoardCertainty() {}

  /**
   * The headline figures across the presets, over the years of {@code chosen}, so the range stands
   * for the same year as the headline beside it.
   */
  static PresetRanges ranges(Scenario chosen, Workforce workforce, HorizonTrend trend) {
    int first = chosen.firstYear().value();
    int last = chosen.lastYear().value();
    List<Scenario> presets =
        Scenarios.presets(first, trend).stream().map(p -> p.withYears(first, last)).toList();
    PresetRange range =
        PresetRange.across(
            presets, workforce, workforce.roles().stream().map(StaffedRole::roleId).toList());
    return new PresetRanges(range.year(), range(range.technical()), range(range.realistic()));
  }

  /** The swings named in {@code words}' language. */
  static BoardReport.Sensitivity sensitivity(Scenario chosen, Workforce workforce, Words words) {
    Sensitivity sensitivity = Sensitivity.of(chosen, workforce);
    return new BoardReport.Sensitivity(
        chosen.name(),
        sensitivity.year(),
        ScenarioSummaries.number(sensitivity.share()),
        sensitivity.effects().stream()
            .map(
                e ->
                    new SwingLine(
                        name(e.swing(), words),
                        setting(e.swing(), e.cautiousValue()),
                        setting(e.swing(), e.fastValue()),
                        ScenarioSummaries.number(e.cautious()),
                        ScenarioSummaries.number(e.fast())))
            .toList());
  }

  static List<RealWorkLine> realWork(Scenario chosen) {
    return RealWorkCheck.of(chosen).stream()
        .map(
            c ->
                new RealWorkLine(
                    c.measured().name(),
                    c.measured().measured(),
                    c.measured().typicalHours(),
                    c.measured().errorCost(),
                    c.measured().rate(),
                    c.predicted(),
                    RealWorkCheck.FACTOR,
                    c.holds(),
                    c.measured().source()))
        .toList();
  }

  /**
   * Where the horizon comes from: its default's source (the trend fitted to METR's measured
   * points).
   */
  static String horizonSource(Scenario chosen, Words words) {
    return ScenarioAssumption.HORIZON_HOURS.source(chosen.horizonHours().sourceFacts(), words);
  }

  private static BoardReport.Range range(PresetRange.Range r) {
    return new BoardReport.Range(
        ScenarioSummaries.number(r.low()),
        r.lowScenario(),
        ScenarioSummaries.number(r.high()),
        r.highScenario());
  }

  /** Each swing in words a board reads: "The AI horizon doubles every". */
  static String name(Swing swing, Words words) {
    return words.text("board.swing." + swing.name());
  }

  private static Setting setting(Swing swing, Assumption<?> assumption) {
    Double number = null; // continual learning that never arrives
    if (assumption.value() instanceof ContinualLearning arrival && arrival.year().isPresent()) {
      number = (double) arrival.year().getAsInt();
    } else if (assumption.value() instanceof Number value) {
      number = value.doubleValue();
    }
    return new Setting(
        number,
        switch (swing) {
          case DOUBLING_TIME -> Unit.MONTHS;
          case REAL_WORK, CAPTURE -> Unit.SHARE;
          case RELIABILITY -> Unit.ERROR_COST;
          case CONTINUAL_LEARNING -> Unit.YEAR;
          case ADOPTION -> Unit.YEARS;
        });
  }
}
