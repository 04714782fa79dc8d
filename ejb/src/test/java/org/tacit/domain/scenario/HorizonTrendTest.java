package org.tacit.domain.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;

class HorizonTrendTest {

  private static HorizonPoint point(String month, double fifty) {
    return new HorizonPoint(YearMonth.parse(month), "model " + month, fifty, null, "test", false);
  }

  private static HorizonPoint point(String month, double fifty, Double eighty) {
    return new HorizonPoint(YearMonth.parse(month), "model " + month, fifty, eighty, "test", false);
  }

  @Test
  void pointsThatDoubleExactlyEverySixMonthsGiveSixMonthsAndTheLatestPointsHours() {
    HorizonTrend trend =
        HorizonTrend.fit(
            List.of(
                point("2024-01", 1),
                point("2024-07", 2),
                point("2025-01", 4),
                point("2025-07", 8)));

    assertThat(trend.doublingMonths()).isCloseTo(6.0, within(1e-9));
    assertThat(trend.hoursAt()).isCloseTo(8.0, within(1e-9));
    assertThat(trend.at()).isEqualTo(YearMonth.of(2025, 7));
    assertThat(trend.from()).isEqualTo(YearMonth.of(2024, 1));
    assertThat(trend.to()).isEqualTo(YearMonth.of(2025, 7));
    assertThat(trend.points()).isEqualTo(4);
  }

  /**
   * Months 0, 6, 12 from January 2024 with log2 hours 0, 2, 2 (1 h, 4 h, 4 h): mean month 6, mean
   * log 4/3; slope = ((−6)(−4/3) + 0 + 6(2/3)) / 72 = 12/72 = 1/6 doubling a month, so 6 months;
   * the line at month 12 is 4/3 + 6/6 = 7/3, i.e. 2^(7/3) = 5.04 h in January 2025.
   */
  @Test
  void noisyPointsGiveTheLeastSquaresLineThroughTheirLogarithms() {
    HorizonTrend trend =
        HorizonTrend.fit(List.of(point("2024-01", 1), point("2024-07", 4), point("2025-01", 4)));

    assertThat(trend.doublingMonths()).isCloseTo(6.0, within(1e-9));
    assertThat(trend.hoursAt()).isCloseTo(Math.pow(2, 7.0 / 3), within(1e-9));
  }

  /**
   * Two models measured in one month count as two points: months 0, 0, 10 with log2 hours −1, 1, 5:
   * mean month 10/3, mean log 5/3; slope = ((−10/3)(−8/3) + (−10/3)(−2/3) + (20/3)(10/3)) / (200/3)
   * = (80/9 + 20/9 + 200/9) / (200/3) = 0.5, so 2 months; the line at month 10 is 5/3 + 0.5 × 20/3
   * = 5, 32 h.
   */
  @Test
  void pointsSharingAMonthEachCount() {
    HorizonTrend trend =
        HorizonTrend.fit(List.of(point("2025-01", 0.5), point("2025-01", 2), point("2025-11", 32)));

    assertThat(trend.doublingMonths()).isCloseTo(2.0, within(1e-9));
    assertThat(trend.hoursAt()).isCloseTo(32.0, within(1e-9));
    assertThat(trend.from()).isEqualTo(YearMonth.of(2025, 1));
  }

  @Test
  void theFittedLineGivesTheHorizonOfAnyMonth() {
    HorizonTrend trend = HorizonTrend.fit(List.of(point("2024-01", 1), point("2024-07", 2)));

    assertThat(trend.fiftyPercentHours(YearMonth.of(2025, 7))).isCloseTo(8.0, within(1e-9));
    assertThat(trend.fiftyPercentHours(YearMonth.of(2024, 4)))
        .isCloseTo(Math.sqrt(2), within(1e-9));
    assertThat(trend.fiftyPercentHours(YearMonth.of(2023, 7))).isCloseTo(0.5, within(1e-9));
  }

  @Test
  void aTrendNeedsTwoPointsAtTwoDifferentMonths() {
    assertThatThrownBy(() -> HorizonTrend.fit(List.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("two");
    assertThatThrownBy(() -> HorizonTrend.fit(List.of(point("2025-01", 1))))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> HorizonTrend.fit(List.of(point("2025-01", 1), point("2025-01", 2))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("one month");
  }

  @Test
  void pointsThatDoNotRiseGiveNoTrend() {
    assertThatThrownBy(() -> HorizonTrend.fit(List.of(point("2024-01", 2), point("2025-01", 1))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("does not rise");
  }

  /** Slow early points (doubling every 12 months), fast recent ones (every 3 months from 2024). */
  @Test
  void fittingSinceAMonthUsesOnlyThePointsFromThatMonthOn() {
    List<HorizonPoint> points =
        List.of(
            point("2022-01", 0.25),
            point("2023-01", 0.5),
            point("2024-01", 1),
            point("2024-04", 2),
            point("2024-07", 4));

    HorizonTrend recent = HorizonTrend.fit(points, YearMonth.of(2024, 1));

    assertThat(recent.doublingMonths()).isCloseTo(3.0, within(1e-9));
    assertThat(recent.points()).isEqualTo(3);
    assertThat(recent.from()).isEqualTo(YearMonth.of(2024, 1));
    assertThat(HorizonTrend.fit(points).doublingMonths()).isGreaterThan(3.0);
    assertThatThrownBy(() -> HorizonTrend.fit(points, YearMonth.of(2024, 7)))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void theReliableShareIsTheMedianRatioOverPointsThatPublishBoth() {
    List<HorizonPoint> odd =
        List.of(
            point("2024-01", 1, 0.2),
            point("2024-06", 2, 0.2),
            point("2025-01", 4, 1.0),
            point("2025-06", 8, null));
    List<HorizonPoint> even =
        List.of(
            point("2024-01", 1, 0.2),
            point("2024-06", 2, 0.2),
            point("2025-01", 4, 1.0),
            point("2025-06", 8, 2.4));

    assertThat(HorizonTrend.reliableShare(odd)).hasValue(0.2);
    assertThat(HorizonTrend.reliableShare(even).getAsDouble())
        .isCloseTo((0.2 + 0.25) / 2, within(1e-12));
    assertThat(HorizonTrend.reliableShare(List.of(point("2024-01", 1)))).isEmpty();
  }
}
