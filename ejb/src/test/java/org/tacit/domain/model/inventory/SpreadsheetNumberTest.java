package org.tacit.domain.model.inventory;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class SpreadsheetNumberTest {

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "3        | 3",
        "3.0      | 3",
        "3,00     | 3",
        "2.5      | 2.5",
        "2,5      | 2.5",
        ".5       | 0.5",
        "'  12 '  | 12",
        "-5       | -5",
        "+7       | 7",
        "1,234    | 1.234",
        "100      | 100",
        "65000.50 | 65000.5"
      })
  void aPointOrACommaWithoutAPointIsTheDecimalSeparator(String text, String plain) {
    assertThat(SpreadsheetNumber.parse(text))
        .get()
        .extracting(value -> value.toPlainString())
        .isEqualTo(plain);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "", "abc", "1.234,5", "1,234.5", "1 000", "1'000", "1e3", "5%", "€5", "1.2.3", "--1"
      })
  void thousandsSeparatorsExponentsAndUnitsAreNotGuessed(String text) {
    assertThat(SpreadsheetNumber.parse(text)).isEmpty();
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {"0    | true", "100  | true", "-0.1 | false", "100.01 | false"})
  void aRangeFromToIncludesBothEnds(String text, boolean inside) {
    NumberRange share = NumberRange.fromTo(0, 100);

    assertThat(share.contains(SpreadsheetNumber.parse(text).orElseThrow())).isEqualTo(inside);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "role_headcount | -1   | role_headcount must be a number of at least 0 (got '-1')",
        "role_headcount | lots | role_headcount must be a number of at least 0 (got 'lots')"
      })
  void aNumberOutsideItsRangeIsExplainedWithTheColumnName(
      String column, String cell, String problem) {
    assertThat(NumberRange.atLeast(0).read(column, cell).problem().inEnglish()).isEqualTo(problem);
  }

  @Test
  void aVeryLongBadCellIsQuotedOnlyInPart() {
    String problem =
        NumberRange.atLeast(0).read("role_headcount", "x".repeat(500)).problem().inEnglish();

    assertThat(problem).hasSizeLessThan(120).contains("…");
  }
}
