package org.tacit.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CopyTextTest {

  @Test
  void aRowIsItsValuesBetweenTabsEndingInANewline() {
    StringBuilder out = new StringBuilder();
    CopyText.appendRow(
        out, new Object[] {7L, "Reconcile supplier invoices", new BigDecimal("2.00"), 3, true});
    assertThat(out).hasToString("7\tReconcile supplier invoices\t2.00\t3\tt\n");
  }

  @Test
  void nullIsBackslashNAndNotTheWordNull() {
    StringBuilder out = new StringBuilder();
    CopyText.appendRow(out, new Object[] {null, "null", null});
    assertThat(out).hasToString("\\N\tnull\t\\N\n");
  }

  @ParameterizedTest(name = "{0} is written as {1}")
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '"',
      value = {
        "a\\b | a\\\\b", // a backslash doubles, so that COPY does not read an escape
        "\\N  | \\\\N", // a statement that reads \N stays text, not null
        "C:\\t | C:\\\\t"
      })
  void backslashesInAStatementAreDoubled(String statement, String written) {
    assertThat(encoded(statement)).isEqualTo(written);
  }

  @Test
  void tabsNewlinesAndCarriageReturnsInAStatementAreEscapedSoTheRowStaysOneLine() {
    assertThat(encoded("Check\tthe plan\nthen\r\nsign"))
        .isEqualTo("Check\\tthe plan\\nthen\\r\\nsign");
  }

  @Test
  void numbersAreWrittenInFullAndBooleansAsTOrF() {
    assertThat(encoded(new BigDecimal("1E+2"))).isEqualTo("100");
    assertThat(encoded(new BigDecimal("0.25"))).isEqualTo("0.25");
    assertThat(encoded(false)).isEqualTo("f");
    assertThat(encoded(Short.valueOf((short) 5))).isEqualTo("5");
  }

  @Test
  void aTimeWithItsOffsetIsWrittenInIsoFormSoThatTheInstantSurvives() {
    OffsetDateTime changed = OffsetDateTime.of(2026, 12, 7, 9, 30, 0, 123_456_000, ZoneOffset.UTC);
    assertThat(encoded(changed)).isEqualTo("2026-12-07T09:30:00.123456Z");
  }

  private static String encoded(Object value) {
    StringBuilder out = new StringBuilder();
    CopyText.appendValue(out, value);
    return out.toString();
  }
}
