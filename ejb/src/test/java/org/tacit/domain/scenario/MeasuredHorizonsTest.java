package org.tacit.domain.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.YearMonth;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.Test;

class MeasuredHorizonsTest {

  private static final List<HorizonPoint> SHIPPED = MeasuredHorizons.published();

  @Test
  void theShippedPointsRunFromGpt2In2019ToTheLatestMeasurementOldestFirst() {
    assertThat(SHIPPED)
        .hasSize(18)
        .isSortedAccordingTo(Comparator.comparing(HorizonPoint::measured));
    assertThat(SHIPPED.get(0).model()).isEqualTo("GPT-2");
    assertThat(SHIPPED.get(0).measured()).isEqualTo(YearMonth.of(2019, 2));
    assertThat(SHIPPED)
        .allSatisfy(
            point -> {
              assertThat(point.source()).contains("METR").contains("2026-05-08");
              assertThat(point.eightyPercentHours()).isNotNull();
            });
  }

  /** Claude 3.7 Sonnet: about an hour at 50 %, as METR's paper of March 2025 first reported. */
  @Test
  void claude37SonnetIsAboutAnHourAt50PercentAndTwelveMinutesAt80() {
    HorizonPoint sonnet =
        SHIPPED.stream()
            .filter(p -> p.model().equals("Claude 3.7 Sonnet"))
            .findFirst()
            .orElseThrow();

    assertThat(sonnet.fiftyPercentHours()).isCloseTo(1.0065, within(1e-4));
    assertThat(sonnet.eightyPercentHours()).isCloseTo(0.2015, within(1e-4));
  }

  /**
   * The fits agree with METR's own: 187.8 days (6.2 months) over the whole series, 128.7 days (4.2
   * months) from 2023 on; ours counts whole months and keeps the latest point.
   */
  @Test
  void theShippedPointsDoubleAboutEverySixMonthsSince2019AndEveryFourSince2023() {
    assertThat(HorizonTrend.fit(SHIPPED).doublingMonths()).isCloseTo(6.0, within(0.1));
    assertThat(HorizonTrend.fit(SHIPPED, YearMonth.of(2023, 1)).doublingMonths())
        .isCloseTo(4.1, within(0.1));
  }

  @Test
  void at80PercentTheHorizonIsAboutAFifthOfThe50PercentOne() {
    assertThat(HorizonTrend.reliableShare(SHIPPED).getAsDouble()).isCloseTo(0.19, within(0.005));
  }
}
