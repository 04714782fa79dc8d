package org.tacit.look;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SharesTest {

  @ParameterizedTest(name = "{0} reads {1} in English and {2} in German")
  @CsvSource(
      delimiter = '|',
      value = {
        "0.005   | 0.5%  | 0,5 %",
        "0.086   | 8.6%  | 8,6 %",
        "0.04    | 4%    | 4 %",
        "0.0996  | 10%   | 10 %",
        "0.123   | 12%   | 12 %",
        "0.125   | 13%   | 13 %",
        "1.0     | 100%  | 100 %",
        "0.0     | 0%    | 0 %"
      })
  void aShareKeepsOneDecimalBelowTenPercentAndIsWholeFromThere(
      double share, String english, String german) {
    assertThat(Shares.of(share, Locale.ENGLISH)).isEqualTo(english);
    assertThat(Shares.of(share, Locale.GERMAN).replace('\u00a0', ' ')).isEqualTo(german);
  }

  @ParameterizedTest(name = "{0} reads {1} where close values are compared")
  @CsvSource(
      delimiter = '|',
      value = {"0.352 | 35.2%", "0.028 | 2.8%", "0.3 | 30.0%"})
  void aPreciseShareAlwaysKeepsOneDecimal(double share, String english) {
    assertThat(Shares.precise(share, Locale.ENGLISH)).isEqualTo(english);
  }

  @ParameterizedTest(name = "a share nobody can have reads as a dash")
  @CsvSource("en")
  void aMissingShareIsADash(String language) {
    assertThat(Shares.of(null, Locale.forLanguageTag(language))).isEqualTo("–");
    assertThat(Shares.precise(null, Locale.forLanguageTag(language))).isEqualTo("–");
  }
}
