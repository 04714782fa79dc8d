package org.tacit.domain.model.inventory.imports;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class SpreadsheetTextTest {

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '"',
      value = {
        "=SUM(A1)          | '=SUM(A1)",
        "+44 20 7946 0000  | '+44 20 7946 0000",
        "-5                | '-5",
        "@cmd              | '@cmd",
        "'=SUM(A1)         | ''=SUM(A1)",
        "Book invoices     | Book invoices",
        "'tis the season   | 'tis the season",
        "5                 | 5",
        "a=b               | a=b"
      })
  void formulaLikeCellsAreNeutralisedWithOneLeadingQuote(String cell, String exported) {
    assertThat(SpreadsheetText.neutralise(cell)).isEqualTo(exported);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '"',
      value = {
        "'=SUM(A1)       | =SUM(A1)",
        "''=SUM(A1)      | '=SUM(A1)",
        "'-5             | -5",
        "'tis the season | 'tis the season",
        "'5              | '5",
        "=SUM(A1)        | =SUM(A1)"
      })
  void restoringTakesAwayOnlyTheQuoteThatNeutralisingAdds(String cell, String restored) {
    assertThat(SpreadsheetText.restore(cell)).isEqualTo(restored);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "=SUM(A1)",
        "'=SUM(A1)",
        "''@x",
        "+1",
        "-",
        "\tindented",
        "\r=x",
        "'",
        "''",
        "plain",
        "'quoted'",
        "",
        "@",
        "'-'"
      })
  void exportThenImportGivesBackTheSameText(String cell) {
    assertThat(SpreadsheetText.restore(SpreadsheetText.neutralise(cell))).isEqualTo(cell);
  }

  @ParameterizedTest
  @ValueSource(strings = {"=1+1", "+1", "-1", "@SUM(A1)", "\t=1", "\r=1"})
  void cellsThatASpreadsheetWouldRunAreFormulaLike(String cell) {
    assertThat(SpreadsheetText.isFormulaLike(cell)).isTrue();
  }
}
