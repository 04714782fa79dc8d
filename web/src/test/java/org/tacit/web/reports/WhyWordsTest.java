package org.tacit.web.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.tacit.application.reports.SubstitutionReport.OpenAnswer;
import org.tacit.application.scenarios.YearFigures;
import org.tacit.application.scenarios.YearFigures.Holdback;
import org.tacit.application.scenarios.YearFigures.Share;

class WhyWordsTest {

  private final WhyWords why = new WhyWords();

  private static Share hours(double share, double hours) {
    return new Share(share, hours, null, null);
  }

  private static YearFigures year(Holdback holdback) {
    return new YearFigures(
        2036, 1032.0, 0.6, null, hours(1, 1032), hours(0, 0), hours(0, 0), null, holdback);
  }

  @Test
  void aRoleAtZeroSaysAllItsHoursWaitOnALengthNobodyGave() {
    YearFigures year =
        year(new Holdback(hours(0, 0), hours(0, 0), hours(0, 0), hours(1, 1032), hours(0, 0)));

    assertThat(why.holdback(year, Locale.ENGLISH))
        .containsExactly("All 1,032 h wait on a task length nobody gave");
    assertThat(why.heldMostBy(year, Locale.ENGLISH)).isEqualTo("length unknown: 100%");
  }

  @Test
  void thePartsComeLargestFirstWithTheirShareAndHoursAndPartsUnderHalfAnHourAreLeftOut() {
    YearFigures year =
        year(
            new Holdback(
                hours(0.1, 103.2),
                hours(0.6, 619.2),
                hours(0.0003, 0.3),
                hours(0, 0),
                hours(0.25, 258)));

    assertThat(why.holdback(year, Locale.ENGLISH))
        .containsExactly(
            "60% (619 h) need learning on the job, which AI does not do yet",
            "25% (258 h) are within AI's reach but not yet put to use, or not captured as whole"
                + " FTE",
            "10% (103 h) are not ready for AI: low automation readiness, or not scored");
    assertThat(why.heldMostBy(year, Locale.ENGLISH)).isEqualTo("learning on the job: 60%");
    assertThat(why.holdback(year, Locale.GERMAN).get(0)).startsWith("60\u00a0% (619 h)");
  }

  @Test
  void aSmallShareKeepsADecimalSoItNeverReadsAsNothing() {
    YearFigures year =
        year(new Holdback(hours(0.028, 28.9), hours(0, 0), hours(0, 0), hours(0, 0), hours(0, 0)));

    assertThat(why.holdback(year, Locale.ENGLISH))
        .singleElement()
        .asString()
        .startsWith("2.8% (29 h)");
  }

  @Test
  void aRoleFullySubstitutedIsHeldBackByNothingNotByZeroPercentOfSomething() {
    YearFigures year =
        year(new Holdback(hours(0, 0), hours(0, 0), hours(0, 0), hours(0, 0), hours(0.0004, 6.2)));

    assertThat(why.holdback(year, Locale.ENGLISH)).isEmpty();
    assertThat(why.heldMostBy(year, Locale.ENGLISH)).isEqualTo("nothing");
  }

  @Test
  void nothingIsSaidWhereTheReportLeftTheHoldbackOut() {
    assertThat(why.holdback(year(null), Locale.ENGLISH)).isEmpty();
    assertThat(why.heldMostBy(year(null), Locale.ENGLISH)).isEmpty();
  }

  @Test
  void anOpenAnswerCountsItsTasksAndHoursAndLinksToTheFirstTaskOnTheRolePage() {
    OpenAnswer six =
        new OpenAnswer(
            7, "Accountant", "FIN", "NO_LENGTH", List.of(41L, 42L, 43L, 44L, 45L, 46L), 1480.2);
    OpenAnswer one = new OpenAnswer(8, "Paralegal", "LEG", "ESTIMATED_LENGTH", List.of(51L), 12.0);

    assertThat(why.openAnswer(six, Locale.ENGLISH))
        .isEqualTo("6 tasks of Accountant have no length: 1,480 hours a year wait on them");
    assertThat(why.openAnswer(one, Locale.ENGLISH))
        .isEqualTo(
            "1 task of Paralegal is held back by an estimated "
                + "length: confirm or correct it; 12 hours a year wait on it");
    assertThat(why.link(six)).isEqualTo("/app/inventory/role.xhtml?id=7&task=41#task-41");
    for (String kind : List.of("ESTIMATED_LEARNING_NEED", "UNSCORED")) {
      assertThat(
              why.openAnswer(
                  new OpenAnswer(1, "Clerk", "FIN", kind, List.of(1L, 2L), 3), Locale.ENGLISH))
          .startsWith("2 tasks of Clerk ")
          .endsWith("3 hours a year wait on them");
    }
  }
}
