package org.tacit.domain.model.inventory.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;
import static org.tacit.domain.model.inventory.imports.Sheet.draftOf;
import static org.tacit.domain.model.inventory.imports.Sheet.problemsOf;

import java.math.BigDecimal;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.tacit.domain.model.inventory.TaskFact;

class InventoryContractTest {

  private static final String FULL_HEADER =
      "department|department_code|role|role_code|role_headcount"
          + "|role_annual_cost|onet_soc|task|task_time_share_pct|novelty|task_length_hours";

  @Test
  void aValidFileBecomesADraftOfDepartmentsRolesAndTasks() {
    InventoryDraft draft =
        draftOf(
            FULL_HEADER,
            "Finance|FIN|Accounts clerk|AP|4.5|52000|43-3031.00|Book invoices|70|2|0.25",
            "Finance|FIN|Accounts clerk|AP|4.5|52000|43-3031.00|Chase late payments|30|4|1,5",
            "Sales|SAL|Account manager||2|||Visit key clients|||");

    assertThat(draft.departments())
        .containsExactly(
            new DepartmentDraft("FIN", "Finance"), new DepartmentDraft("SAL", "Sales"));
    RoleDraft clerk = draft.roles().get(0);
    assertThat(clerk)
        .extracting(
            RoleDraft::departmentCode,
            RoleDraft::code,
            RoleDraft::title,
            RoleDraft::headcountFte,
            RoleDraft::annualCostPerFte,
            RoleDraft::onetSoc)
        .containsExactly(
            "FIN",
            "AP",
            "Accounts clerk",
            new BigDecimal("4.5"),
            new BigDecimal("52000"),
            "43-3031.00");
    assertThat(clerk.tasks().get(1))
        .isEqualTo(
            new TaskDraft(
                "Chase late payments",
                new BigDecimal("30"),
                Map.of(
                    TaskFact.NOVELTY,
                    new BigDecimal("4"),
                    TaskFact.TASK_LENGTH_HOURS,
                    new BigDecimal("1.5"))));
    assertThat(draft.roles().get(1))
        .extracting(RoleDraft::code, RoleDraft::annualCostPerFte, RoleDraft::onetSoc)
        .containsOnlyNulls();
    assertThat(draft.taskCount()).isEqualTo(3);
  }

  @Test
  void blankFactsAreUnknownAndAbsentFromTheDraftRatherThanZero() {
    TaskDraft task =
        draftOf("department|role|task|novelty|repetition", "Finance|Clerk|Book invoices||5")
            .roles()
            .get(0)
            .tasks()
            .get(0);

    assertThat(task.facts()).containsOnlyKeys(TaskFact.REPETITION);
    assertThat(task.fact(TaskFact.NOVELTY)).isEmpty();
  }

  @Test
  void emptyRowsAreSkippedAndTheRowsAfterThemKeepTheirNumbers() {
    assertThat(
            problemsOf(
                "department|role|task|novelty",
                "Finance|Clerk|Book|1",
                "|||",
                "  | |  |",
                "Finance|Clerk|Chase|9"))
        .extracting(ImportProblem::row, ImportProblem::column)
        .containsExactly(tuple(5, "novelty"));
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '#',
      quoteCharacter = '"',
      value = {
        "role_headcount      # -1         # role_headcount must be a number of at least 0 (got"
            + " '-1')",
        "role_headcount      # 1.000,5    # role_headcount must be a number of at least 0 (got"
            + " '1.000,5')",
        "role_annual_cost    # 52 000     # role_annual_cost must be a number of at least 0 (got"
            + " '52 000')",
        "role_annual_cost    # '-5        # role_annual_cost must be a number of at least 0 (got"
            + " '-5')",
        "task_time_share_pct # 101        # task_time_share_pct must be a number from 0 to 100 (got"
            + " '101')",
        "task_time_share_pct # 50%        # task_time_share_pct must be a number from 0 to 100 (got"
            + " '50%')",
        "onet_soc            # 43-3031    # onet_soc must be an O*NET-SOC code such as 43-3031.00"
            + " (got '43-3031')",
        "department_code     # fin        # department_code must be 1 to 32 capital letters,"
            + " digits, '-' or '_', starting with a letter or digit (got 'fin')",
        "department_code     # -FIN       # department_code must be 1 to 32 capital letters,"
            + " digits, '-' or '_', starting with a letter or digit (got '-FIN')",
        "novelty             # 6          # novelty must be a whole number from 1 to 5 (got '6')",
        "error_cost          # =1+1       # error_cost must be a whole number from 1 to 5 (got"
            + " '=1+1')",
        "task_length_hours   # -5         # task_length_hours must be a number above 0 and at most"
            + " 2000 (got '-5')"
      })
  void aBadCellIsReportedUnderItsColumnWithWhatToType(String column, String cell, String message) {
    assertThat(problemsOf("department|role|task|" + column, "Finance|Clerk|Book invoices|" + cell))
        .containsExactly(new ImportProblem(2, column, message));
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '#',
      quoteCharacter = '"',
      value = {
        " |Clerk|Book invoices       # department",
        "Finance|  |Book invoices    # role",
        "Finance|Clerk|              # task"
      })
  void everyTaskRowSaysWhoseTaskItIs(String row, String column) {
    assertThat(problemsOf("department|role|task", row, "Finance|Clerk|Chase payments"))
        .containsExactly(new ImportProblem(2, column, column + " must not be empty."));
  }

  @Test
  void aCellLongerThan2000CharactersIsAProblem() {
    assertThat(problemsOf("department|role|task", "Finance|Clerk|" + "x".repeat(2001)))
        .containsExactly(
            new ImportProblem(
                2, "task", "task is 2001 characters long; a cell holds at most 2000."));
    assertThat(draftOf("department|role|task", "Finance|Clerk|" + "x".repeat(2000)).taskCount())
        .isEqualTo(1);
  }

  @Test
  void aDepartmentNameLongerThanItsDatabaseColumnIsAProblem() {
    assertThat(
            problemsOf("department|department_code|role|task", "x".repeat(201) + "|X|Clerk|Book"))
        .extracting(ImportProblem::column, ImportProblem::message)
        .containsExactly(
            tuple(
                "department",
                "A department name holds at most 200 characters (this one has 201)."));
  }

  @Test
  void cellsOutsideTheNamedColumnsAreAProblem() {
    assertThat(problemsOf("department|role|task", "Finance|Clerk|Book invoices|oops|again"))
        .containsExactly(
            ImportProblem.ofRow(
                2,
                "2 cell(s) lie outside the named columns; give each"
                    + " column a name in the header row, or clear those cells."));
  }

  @Test
  void formulaLikeTextIsKeptAsTextAndNeverEvaluated() {
    RoleDraft role =
        draftOf("department|role|task", "Finance|@Clerk|=SUM(A1)", "Finance|@Clerk|-1+1")
            .roles()
            .get(0);

    assertThat(role.title()).isEqualTo("@Clerk");
    assertThat(role.tasks()).extracting(TaskDraft::statement).containsExactly("=SUM(A1)", "-1+1");
  }

  @Test
  void aCellThatAnExportNeutralisedImportsAsItsOriginalText() {
    String exported = SpreadsheetText.neutralise("=HYPERLINK(\"x\")");

    assertThat(
            draftOf("department|role|task", "Finance|Clerk|" + exported)
                .roles()
                .get(0)
                .tasks()
                .get(0)
                .statement())
        .isEqualTo("=HYPERLINK(\"x\")");
  }

  @Test
  void aFileWithAHeaderButNoTasksIsAProblemRatherThanAnEmptyImport() {
    assertThat(problemsOf("department|role|task", "||"))
        .containsExactly(ImportProblem.ofFile("The file has a header row but no tasks."));
  }

  @Test
  void anInvalidFileReportsEveryProblemWithItsRowAndColumn() {
    assertThat(
            problemsOf(
                "department|role|task|novelty|onet_soc|bogus",
                "Finance|Clerk|Book invoices|7|43-3031.00|",
                "Finance|Clerk|Chase payments|2|12|",
                "Finance||Plan budget|x||",
                "Sales|Rep|Visit clients|3|||stray"))
        .extracting(ImportProblem::toString)
        .containsExactly(
            "row 1, column bogus: 'bogus' is not a known column; see the import template for the"
                + " column names.",
            "row 2, column novelty: novelty must be a whole number from 1 to 5 (got '7')",
            "row 3, column onet_soc: onet_soc must be an O*NET-SOC code such as 43-3031.00 (got"
                + " '12')",
            "row 4, column role: role must not be empty.",
            "row 4, column novelty: novelty must be a whole number from 1 to 5 (got 'x')",
            "row 5: 1 cell(s) lie outside the named columns; give each column a name in the header"
                + " row, or clear those cells.");
  }
}
