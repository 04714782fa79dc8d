package org.tacit.domain.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.tacit.domain.scoring.TaskClass.AUGMENTABLE;
import static org.tacit.domain.scoring.TaskClass.AUTOMATABLE;
import static org.tacit.domain.scoring.TaskClass.MANUAL;
import static org.tacit.domain.scoring.TaskClass.UNSCORED;

import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.tacit.domain.scenario.OpenAnswers.Kind;
import org.tacit.domain.scenario.OpenAnswers.Open;

class OpenAnswersTest {

  /** 1 h at the start of 2026, doubling yearly, all of it on real work: 2 h by the end of 2026. */
  private static final Scenario ONE_YEAR =
      Scenarios.base(2026)
          .withYears(2026, 2026)
          .withHorizon(1, YearMonth.of(2026, 1))
          .withDoublingMonths(12)
          .withRealWorkShare(1)
          .withReliability(0.25, 2, 4);

  private static final StaffedRole ACCOUNTANTS = new StaffedRole(1, 2.0, null); // 3,440 h a year

  @Test
  void theAnswersThatWouldReleaseTheMostHoursComeFirstWithTheHoursTheyHoldBack() {
    List<ScoredTask> tasks =
        List.of(
            new ScoredTask(
                11, 1, 20.0, 80.0, AUTOMATABLE, null, 2, 30.0, 1, false), // no length: 1,032 h
            new ScoredTask(
                12, 1, 20.0, 80.0, AUTOMATABLE, null, 2, 10.0, 1, false), // no length: 344 h
            new ScoredTask(
                13,
                1,
                20.0,
                80.0,
                AUTOMATABLE,
                8.0,
                2,
                20.0,
                0.5,
                true), // x = 2/8: 4/5 held, 550.4 h
            new ScoredTask(
                14,
                1,
                70.0,
                80.0,
                AUGMENTABLE,
                1.0,
                2,
                20.0,
                0.5,
                true), // learning, estimated: 688 h
            new ScoredTask(
                15, 1, null, null, UNSCORED, null, null, 10.0, 0, false), // unscored: 344 h
            new ScoredTask(
                16, 1, 10.0, 20.0, MANUAL, null, 1, 10.0, 1, false)); // nothing to answer

    List<Open> open = OpenAnswers.of(Workforce.of(List.of(ACCOUNTANTS), tasks), ONE_YEAR);

    assertThat(open)
        .extracting(Open::kind)
        .containsExactly(
            Kind.NO_LENGTH, Kind.ESTIMATED_LEARNING_NEED, Kind.ESTIMATED_LENGTH, Kind.UNSCORED);
    assertThat(open.get(0).taskIds()).containsExactly(11L, 12L);
    assertThat(open.get(0).hours()).isCloseTo(0.4 * 3440, within(1e-9));
    assertThat(open.get(1).hours()).isCloseTo(0.2 * 3440, within(1e-9));
    assertThat(open.get(2).hours()).isCloseTo(0.2 * 3440 * 0.8, within(1e-9));
    assertThat(open.get(3).taskIds()).containsExactly(15L);
  }

  @Test
  void confirmedAnswersLeaveNothingOpenButMissingOnes() {
    List<ScoredTask> tasks =
        List.of(
            new ScoredTask(13, 1, 20.0, 80.0, AUTOMATABLE, 8.0, 2, 50.0, 1, false),
            new ScoredTask(14, 1, 70.0, 80.0, AUGMENTABLE, 1.0, 2, 50.0, 1, false));

    assertThat(OpenAnswers.of(Workforce.of(List.of(ACCOUNTANTS), tasks), ONE_YEAR)).isEmpty();
  }
}
