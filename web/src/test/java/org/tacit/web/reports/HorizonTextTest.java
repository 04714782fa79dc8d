package org.tacit.web.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.YearMonth;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.tacit.domain.scenario.HorizonTrend;

class HorizonTextTest {

  private static final HorizonText ENGLISH = new HorizonText(Locale.UK);

  @ParameterizedTest(name = "{0} h reads {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "0.0008963 | 3.2 s",
        "0.0100 | 36 s",
        "0.0665 | 4.0 min",
        "0.6472 | 39 min",
        "1.0065 | 1.0 h",
        "17.413 | 17.4 h",
        "1234.5 | 1,234.5 h"
      })
  void aHorizonReadsInTheUnitAPersonWouldSay(double hours, String text) {
    assertThat(ENGLISH.hours(hours)).isEqualTo(text);
  }

  @Test
  void numbersAndMonthsFollowTheReadersLocale() {
    HorizonText german = new HorizonText(Locale.GERMANY);

    assertThat(german.hours(17.413)).isEqualTo("17,4 h");
    assertThat(german.month(YearMonth.of(2026, 3))).isEqualTo("März 2026");
    assertThat(ENGLISH.month(YearMonth.of(2026, 2))).isEqualTo("Feb 2026");
  }

  @Test
  void theFitReadsAsOneSentenceWithItsPeriodAndPoints() {
    HorizonTrend trend =
        new HorizonTrend(
            5.56, YearMonth.of(2026, 4), 6.015, YearMonth.of(2019, 2), YearMonth.of(2026, 4), 18);

    assertThat(ENGLISH.fit(trend))
        .isEqualTo(
            "Fitted to 18 points from Feb 2019 to Apr 2026: 5.6 h at 50 % in "
                + "Apr 2026, doubling every 6.0 months.");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      nullValues = "-",
      value = {
        "METR, Time Horizon 1.1 results, updated 2026-05-08, https://metr.org/time-horizons/ |"
            + " https://metr.org/time-horizons/ | METR, Time Horizon 1.1 results, updated"
            + " 2026-05-08",
        "Lab X system card (http://example.org/card.pdf), 2026-11-20 | http://example.org/card.pdf"
            + " | Lab X system card (), 2026-11-20",
        "METR tweet, 2026-02-20, second-hand | - | METR tweet, 2026-02-20, second-hand",
        "javascript:alert(1) | - | javascript:alert(1)",
        "ftp://example.org/data | - | ftp://example.org/data"
      })
  void onlyAWebAddressInTheSourceBecomesALink(String source, String address, String text) {
    assertThat(HorizonText.address(source).orElse(null)).isEqualTo(address);
    assertThat(HorizonText.withoutAddress(source)).isEqualTo(text);
  }
}
