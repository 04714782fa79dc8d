package org.tacit.application.scenarios;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tacit.domain.scoring.TaskClass.AUGMENTABLE;
import static org.tacit.domain.scoring.TaskClass.AUTOMATABLE;
import static org.tacit.domain.scoring.TaskClass.MANUAL;

import java.util.List;
import java.util.SortedMap;
import org.junit.jupiter.api.Test;
import org.tacit.domain.scenario.Figures;
import org.tacit.domain.scenario.Scenarios;
import org.tacit.domain.scenario.ScoredTask;
import org.tacit.domain.scenario.StaffedRole;
import org.tacit.domain.scenario.SubstitutionEngine;
import org.tacit.domain.scenario.Workforce;

class ScenarioSummariesTest {

  private static final SortedMap<Integer, Figures> CLERKS =
      new SubstitutionEngine(Scenarios.base(2026))
          .estimate(
              Workforce.of(
                  List.of(new StaffedRole(7, 4.0, 60_000.0)),
                  List.of(
                      new ScoredTask(1, 7, 20.0, 85.0, AUTOMATABLE, 0.5, 2, 40.0, 1, false),
                      new ScoredTask(2, 7, 75.0, 65.0, AUGMENTABLE, 1.0, 3, 40.0, 1, false),
                      new ScoredTask(3, 7, 10.0, 20.0, MANUAL, null, 1, 20.0, 1, false))))
          .role(7);

  @Test
  void everyYearHasItsOwnFiguresAndWhatHoldsItsHoursBackFromTheYearAsked() {
    List<YearFigures> years = ScenarioSummaries.years(CLERKS, 2030);

    assertThat(years).hasSize(CLERKS.size());
    for (YearFigures year : years) {
      Figures f = CLERKS.get(year.year());
      assertThat(year.hours()).isEqualTo(f.hours());
      assertThat(year.realisticSubstitution().share()).isEqualTo(f.realistic().share());
      assertThat(year.technicallySubstitutable().fte()).isEqualTo(f.technical().fte());
      assertThat(year.coverage().confidence()).isEqualTo(f.coverage().confidence());
      assertThat(year.holdback() == null).isEqualTo(year.year() < 2030);
    }
    assertThat(years.get(0).realisticSubstitution())
        .isNotEqualTo(years.get(years.size() - 1).realisticSubstitution());
  }

  @Test
  void whatStaysTheSameFromYearToYearIsKeptOnce() {
    List<YearFigures> years = ScenarioSummaries.years(CLERKS);
    YearFigures first = years.get(0);
    YearFigures last = years.get(years.size() - 1);

    // a role's hours, its naive exposure and what its figures rest on do not change with the year
    assertThat(last.hours()).isSameAs(first.hours());
    assertThat(last.naiveExposure()).isSameAs(first.naiveExposure());
    assertThat(last.coverage()).isSameAs(first.coverage());
    assertThat(last.holdback().notReady()).isEqualTo(first.holdback().notReady());
    assertThat(last.realisticSubstitution()).isNotSameAs(first.realisticSubstitution());
  }
}
