package org.tacit.domain.model.inventory.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tacit.domain.model.inventory.imports.Sheet.draftOf;
import static org.tacit.domain.model.inventory.imports.Sheet.problemsOf;

import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class InventoryHeaderTest {

  @ParameterizedTest
  @CsvSource(
      delimiter = ';',
      value = {
        "role|task;             department",
        "department|task;       role",
        "department|role;       task"
      })
  void aMissingRequiredColumnIsOneProblemThatNamesIt(String header, String missing) {
    assertThat(problemsOf(header, "Finance|Clerk"))
        .containsExactly(
            new ImportProblem(
                1, "", "The required column '" + missing + "' is missing from the header row."));
  }

  @Test
  void withoutItsRequiredColumnsNoRowIsReadSoOnlyTheHeaderIsReported() {
    assertThat(problemsOf("department|novelty", "Finance|9", "Sales|x"))
        .extracting(ImportProblem::row)
        .containsOnly(1);
  }

  @Test
  void headerNamesAreMatchedWithoutRegardToLetterCaseOrSurroundingSpaces() {
    InventoryDraft draft =
        draftOf(" Department |ROLE|Task|  Novelty", "Finance|Clerk|Book invoices|2");

    assertThat(draft.roles().get(0).tasks().get(0).facts()).hasSize(1);
  }

  @Test
  void aByteOrderMarkBeforeTheFirstNameIsIgnored() {
    assertThat(InventoryHeader.normalise("\uFEFFdepartment")).isEqualTo("department");
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '#',
      quoteCharacter = '"',
      value = {
        "novlty            # 'novlty' is not a known column; did you mean 'novelty'?",
        "task_lenght_hours # 'task_lenght_hours' is not a known column; did you mean"
            + " 'task_length_hours'?",
        "comments          # 'comments' is not a known column; see the import template for the"
            + " column names."
      })
  void anUnknownColumnIsAProblemSoThatATypoDoesNotLoseItsAnswers(String column, String message) {
    assertThat(problemsOf("department|role|task|" + column, "Finance|Clerk|Book invoices|3"))
        .containsExactly(new ImportProblem(1, column, message));
  }

  @Test
  void aColumnNamedTwiceIsAProblem() {
    assertThat(problemsOf("department|role|task|novelty|NOVELTY", "Finance|Clerk|Book|2|3"))
        .containsExactly(
            new ImportProblem(
                1, "novelty", "The column 'novelty' appears more than once in the header row."));
  }

  @Test
  void everyKnownColumnIsAcceptedInAnyOrder() {
    String header = String.join("|", InventoryHeader.knownColumns()).toUpperCase();

    assertThat(new InventoryHeader(Arrays.asList(header.split("\\|"))).problems()).isEmpty();
    assertThat(InventoryHeader.knownColumns()).hasSize(22);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '"',
      value = {
        "7 | novelty | novelty must be a whole number from 1 to 5 (got '7') | row 7, column"
            + " novelty: novelty must be a whole number from 1 to 5 (got '7')",
        "3 | \"\"      | 2 cell(s) lie outside                                  | row 3: 2 cell(s)"
            + " lie outside",
        "0 | \"\"      | The file is 73 MiB; the limit is 50 MiB.               | file: The file is"
            + " 73 MiB; the limit is 50 MiB."
      })
  void aProblemReadsAsAPersonWouldSayWhereItIs(
      int row, String column, String message, String said) {
    assertThat(new ImportProblem(row, column, message)).hasToString(said);
  }
}
