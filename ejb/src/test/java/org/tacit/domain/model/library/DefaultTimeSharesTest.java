package org.tacit.domain.model.library;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class DefaultTimeSharesTest {

  @Test
  void whenEveryTaskIsRatedSharesFollowFrequencyTimesImportance() {
    List<BigDecimal> shares =
        DefaultTimeShares.of(
            List.of(rated("3", "4"), rated("1", "4"), rated("1", "2"), rated("1", "2")));

    // weights 12, 4, 2, 2 of 20
    assertThat(shares)
        .containsExactly(amount("60.00"), amount("20.00"), amount("10.00"), amount("10.00"));
  }

  @Test
  void anUnratedTaskWeighsAsTheLightestRatedTaskSoItNeverGetsMoreTimeThanASurveyedOne() {
    List<BigDecimal> shares =
        DefaultTimeShares.of(
            List.of(rated("3", "4"), rated("1", "4"), rated("1", "2"), TaskRating.UNKNOWN));

    // weights 12, 4, 2 and the lightest 2, of 20
    assertThat(shares)
        .containsExactly(amount("60.00"), amount("20.00"), amount("10.00"), amount("10.00"));
  }

  @Test
  void inAnOccupationOfRareRatedTasksTheUnratedOnesStayBelowEveryRatedOne() {
    // O*NET's case: rated core tasks done monthly or yearly beside many unrated ones; the median
    // rule gave each unrated task more time than a rated core task
    List<TaskRating> ratings =
        List.of(
            rated("0.02", "4.5"),
            rated("0.05", "4.2"),
            rated("0.5", "3.9"),
            rated("2", "3.1"),
            rated("4", "4.0"),
            TaskRating.UNKNOWN,
            TaskRating.UNKNOWN,
            TaskRating.of(new BigDecimal("1"), null));

    List<BigDecimal> shares = DefaultTimeShares.of(ratings);

    BigDecimal leastRated = shares.subList(0, 5).stream().min(BigDecimal::compareTo).orElseThrow();
    assertThat(shares.subList(5, 8)).allSatisfy(s -> assertThat(s).isLessThanOrEqualTo(leastRated));
  }

  @Test
  void whenOneTaskIsRatedTheUnratedOnesWeighAsItAndEveryShareIsEqual() {
    List<BigDecimal> shares =
        DefaultTimeShares.of(
            List.of(
                rated("3", "4"),
                TaskRating.of(new BigDecimal("1"), null),
                TaskRating.UNKNOWN,
                TaskRating.UNKNOWN));

    assertThat(shares).containsOnly(amount("25.00"));
  }

  @Test
  void aSingleTaskTakesAllTheTime() {
    assertThat(DefaultTimeShares.of(List.of(TaskRating.UNKNOWN))).containsExactly(amount("100.00"));
    assertThat(DefaultTimeShares.of(List.of(rated("0.01", "1")))).containsExactly(amount("100.00"));
  }

  @Test
  void theRoundingRemainderGoesOnTheLargestShareTheFirstOfEquals() {
    assertThat(DefaultTimeShares.of(Collections.nCopies(3, TaskRating.UNKNOWN)))
        .containsExactly(amount("33.34"), amount("33.33"), amount("33.33"));
    assertThat(DefaultTimeShares.of(List.of(rated("1", "1"), rated("2", "1"), rated("2", "1"))))
        .as("weights 1, 2, 2: 20.00, 40.00, 40.00")
        .containsExactly(amount("20.00"), amount("40.00"), amount("40.00"));
    assertThat(
            DefaultTimeShares.of(
                List.of(rated("1", "1"), rated("1", "1"), rated("1", "1"), rated("3", "1"))))
        .containsExactly(amount("16.66"), amount("16.66"), amount("16.66"), amount("50.02"));
  }

  @ParameterizedTest(name = "{0} tasks add up to exactly 100.00")
  @ValueSource(ints = {2, 3, 7, 11, 40, 141, 190, 201, 1000})
  void manyTasksAddUpToExactlyOneHundredAndNoShareIsNegative(int tasks) {
    List<TaskRating> ratings =
        IntStream.range(0, tasks)
            .mapToObj(i -> rated(String.valueOf(1 + i % 7) + ".3", String.valueOf(1 + i % 5)))
            .toList();

    for (List<BigDecimal> shares :
        List.of(
            DefaultTimeShares.of(ratings),
            DefaultTimeShares.of(Collections.nCopies(tasks, TaskRating.UNKNOWN)))) {
      assertThat(shares)
          .hasSize(tasks)
          .allSatisfy(share -> assertThat(share.signum()).isNotNegative());
      assertThat(shares).allSatisfy(share -> assertThat(share.scale()).isEqualTo(2));
      assertThat(shares.stream().reduce(BigDecimal.ZERO, BigDecimal::add))
          .isEqualTo(amount("100.00"));
    }
  }

  @Test
  void theSameTasksGetTheSameSharesEveryTime() {
    List<TaskRating> ratings =
        List.of(rated("0.3", "4.1"), rated("2.2", "3.7"), rated("7.1", "2.9"));

    assertThat(DefaultTimeShares.of(ratings)).isEqualTo(DefaultTimeShares.of(ratings));
  }

  @Test
  void noTasksHaveNoShares() {
    assertThat(DefaultTimeShares.of(List.of())).isEmpty();
  }

  private static TaskRating rated(String perWorkday, String importance) {
    return TaskRating.of(new BigDecimal(perWorkday), new BigDecimal(importance));
  }

  private static BigDecimal amount(String value) {
    return new BigDecimal(value);
  }
}
