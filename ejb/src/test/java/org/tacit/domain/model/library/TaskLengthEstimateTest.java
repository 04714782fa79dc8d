package org.tacit.domain.model.library;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TaskLengthEstimateTest {

  private static final double YEAR = 1720;

  @ParameterizedTest(name = "{0} % of 1,720 h done {1} times a workday: {2} h")
  @CsvSource({
    // 86 h a year ÷ 260 daily occurrences
    "5, 1, 0.33",
    // 172 h a year ÷ 52 weekly occurrences (0.2 a workday)
    "10, 0.2, 3.31",
    // 34.4 h a year ÷ 12 monthly occurrences
    "2, 0.046154, 2.87",
    // 344 h a year ÷ 780 (three times a day)
    "20, 3, 0.44"
  })
  void aTasksYearlyHoursAreDividedByHowOftenItIsDone(
      String sharePct, String perWorkday, String hours) {
    assertThat(
            TaskLengthEstimate.hours(
                new BigDecimal(sharePct), YEAR, Optional.of(new BigDecimal(perWorkday))))
        .contains(new BigDecimal(hours));
  }

  @Test
  void aFrequentSliverOfTimeIsCountedAsSixMinutesNotAFewSeconds() {
    // 17.2 h a year done hourly (8 a workday, 2,080 a year) would be 30 seconds
    assertThat(TaskLengthEstimate.hours(BigDecimal.ONE, YEAR, Optional.of(new BigDecimal("8"))))
        .contains(TaskLengthEstimate.SHORTEST);
  }

  @Test
  void aOnceAYearTaskIsAtMostAWorkingWeekNotItsWholeYearlyTime() {
    // 172 h a year done once a year would be one sitting of 172 h
    assertThat(
            TaskLengthEstimate.hours(BigDecimal.TEN, YEAR, Optional.of(new BigDecimal("0.003846"))))
        .contains(TaskLengthEstimate.LONGEST);
  }

  @Test
  void withoutAFrequencyOrATimeShareNoLengthIsInvented() {
    assertThat(TaskLengthEstimate.hours(BigDecimal.TEN, YEAR, Optional.empty())).isEmpty();
    assertThat(TaskLengthEstimate.hours(null, YEAR, Optional.of(BigDecimal.ONE))).isEmpty();
    assertThat(TaskLengthEstimate.hours(BigDecimal.ZERO, YEAR, Optional.of(BigDecimal.ONE)))
        .isEmpty();
    assertThat(TaskLengthEstimate.hours(BigDecimal.TEN, YEAR, Optional.of(BigDecimal.ZERO)))
        .isEmpty();
  }
}
