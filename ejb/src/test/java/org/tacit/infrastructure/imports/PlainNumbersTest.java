package org.tacit.infrastructure.imports;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PlainNumbersTest {

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "3.0                 | General | 3",
        "0.30000000000000004 | General | 0.3",
        "0.0001              | General | 0.0001",
        "123456789012        | General | 123456789012",
        "1e20                | General | 100000000000000000000",
        "52000.5             | #,##0.00 \"€\" | 52000.5",
        "0.25                | 0%      | 25",
        "0.075               | 0.0%    | 7.5",
        "45000               | d/m/yyyy | 45000"
      })
  void aNumericCellReadsAsPlainDecimalTextWhateverItsFormat(
      double value, String format, String text) {
    assertThat(new PlainNumbers().formatRawCellContents(value, 0, format)).isEqualTo(text);
  }
}
