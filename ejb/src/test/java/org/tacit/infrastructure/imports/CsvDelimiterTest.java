package org.tacit.infrastructure.imports;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CsvDelimiterTest {

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '\'',
      value = {
        "department,role,task                        | ,",
        "department;role;task                        | ;",
        "\"department\";\"role\";\"task\"            | ;",
        "department;role;task,with,commas,in,a,typo  | ;",
        "Department , Role , Task                    | ,",
        "a;b;c                                       | ;",
        "a,b                                         | ,",
        "''                                          | ,"
      })
  void theDelimiterThatSplitsTheHeaderIntoMoreKnownColumnsWins(String header, char delimiter) {
    assertThat(CsvDelimiter.of(header)).isEqualTo(delimiter);
  }
}
