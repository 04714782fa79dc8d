package org.tacit.domain.model.inventory.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;
import static org.tacit.domain.model.inventory.imports.Sheet.draftOf;
import static org.tacit.domain.model.inventory.imports.Sheet.problemsOf;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RoleRowsTest {

  private static final String SHARES = "department|role|task|task_time_share_pct";

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "60   | 40   | true",
        "60   | 39   | true",
        "60   | 41   | true",
        "59,5 | 40   | true",
        "60   | 38.9 | false",
        "60   | 42   | false",
        "0    | 100  | true"
      })
  void timeSharesOfARoleAddUpTo100WithinOnePoint(String first, String second, boolean valid) {
    assertThat(
            Sheet.validate(SHARES, "Finance|Clerk|Book|" + first, "Finance|Clerk|Chase|" + second)
                .isValid())
        .isEqualTo(valid);
  }

  @Test
  void aRoleWhoseTimeSharesDoNotAddUpTo100IsReportedOnEachOfItsRows() {
    assertThat(
            problemsOf(
                SHARES, "Finance|Clerk|Book|50", "Sales|Rep|Call|100", "Finance|Clerk|Chase|40"))
        .extracting(ImportProblem::row, ImportProblem::column, ImportProblem::message)
        .containsExactly(
            tuple(
                2,
                "task_time_share_pct",
                "The time shares of role 'Clerk' in FINANCE add up to 90 on rows 2, 4, not 100"
                    + " (±1)."),
            tuple(
                4,
                "task_time_share_pct",
                "The time shares of role 'Clerk' in FINANCE add up to 90 on rows 2, 4, not 100"
                    + " (±1)."));
  }

  @Test
  void theTimeShareErrorNamesTheRowsItCountedAndThoseItLeftOutAndWhy() {
    assertThat(
            problemsOf(
                SHARES,
                "Finance|Clerk|Book|50",
                "Finance|Clerk||30",
                "Finance|Clerk|Chase|10",
                "Finance|Clerk|Book|30"))
        .extracting(ImportProblem::row, ImportProblem::column, ImportProblem::message)
        .contains(
            tuple(
                2,
                "task_time_share_pct",
                "The time shares of role 'Clerk' in FINANCE add up to 60 on rows 2, 4, not 100"
                    + " (±1); not counted: row 3, which has no task; row 5, which repeats the"
                    + " task of row 2."));
  }

  @Test
  void aRoleThatGivesTimeSharesForSomeOfItsTasksOnlyIsReportedOnEachOfItsRows() {
    assertThat(problemsOf(SHARES, "Finance|Clerk|Book|100", "Finance|Clerk|Chase|"))
        .extracting(ImportProblem::row, ImportProblem::message)
        .containsExactly(
            tuple(
                2,
                "Role 'Clerk' in FINANCE gives a time share for 1 of its 2 tasks (none on row 3);"
                    + " give one for every task of the role, or for none."),
            tuple(
                3,
                "Role 'Clerk' in FINANCE gives a time share for 1 of its 2 tasks (none on row 3);"
                    + " give one for every task of the role, or for none."));
  }

  @Test
  void aRoleWithoutTimeSharesLeavesThemToBeDerivedLater() {
    assertThat(
            draftOf(SHARES, "Finance|Clerk|Book|", "Finance|Clerk|Chase|").roles().get(0).tasks())
        .extracting(TaskDraft::timeSharePct)
        .containsOnlyNulls();
  }

  @Test
  void anUnreadableTimeShareIsReportedOnceAndNotAgainAsAWrongSum() {
    assertThat(problemsOf(SHARES, "Finance|Clerk|Book|lots", "Finance|Clerk|Chase|40"))
        .extracting(ImportProblem::row)
        .containsExactly(2);
  }

  @Test
  void rolesAreKnownByTheirCodeWhenGivenElseByTheirTitle() {
    InventoryDraft draft =
        draftOf(
            "department|role|role_code|task",
            "Finance|Clerk|AP|Book invoices",
            "Finance|Clerk|AR|Chase payments",
            "Finance|Analyst||Plan",
            "Finance|Analyst||Forecast");

    assertThat(draft.roles())
        .extracting(RoleDraft::code, RoleDraft::title, role -> role.tasks().size())
        .containsExactly(
            tuple("AP", "Clerk", 1), tuple("AR", "Clerk", 1), tuple(null, "Analyst", 2));
  }

  @Test
  void theSameTitleInTwoDepartmentsIsTwoRoles() {
    assertThat(
            draftOf("department|role|task", "Finance|Assistant|File", "Sales|Assistant|File")
                .roles())
        .extracting(RoleDraft::departmentCode)
        .containsExactly("FINANCE", "SALES");
  }

  @Test
  void aTitleInAnotherLetterCaseIsTheSameRoleButMustBeSpelledAlike() {
    assertThat(problemsOf("department|role|task", "Finance|Clerk|Book", "Finance|clerk|Chase"))
        .containsExactly(
            new ImportProblem(
                3,
                "role",
                "Role 'Clerk' in FINANCE has title 'Clerk' on row 2, not 'clerk'; a role has one"
                    + " title."));
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '#',
      quoteCharacter = '"',
      value = {
        "role_headcount   # 4          # 5          # Role 'Clerk' in FINANCE has headcount 4 on"
            + " row 2, not 5; a role has one headcount.",
        "role_annual_cost # 52000      # 52000.50   # Role 'Clerk' in FINANCE has annual cost 52000"
            + " on row 2, not 52000.5; a role has one annual cost.",
        "onet_soc         # 43-3031.00 # 43-3031.01 # Role 'Clerk' in FINANCE has O*NET-SOC code"
            + " '43-3031.00' on row 2, not '43-3031.01'; a role has one O*NET-SOC code."
      })
  void aRoleAttributeThatDiffersBetweenItsRowsIsAProblem(
      String column, String first, String second, String message) {
    assertThat(
            problemsOf(
                "department|role|task|" + column,
                "Finance|Clerk|Book|" + first,
                "Finance|Clerk|Chase|" + second))
        .containsExactly(new ImportProblem(3, column, message));
  }

  @Test
  void aRoleAttributeGivenOnlyOnTheRolesFirstRowHoldsForTheWholeRole() {
    RoleDraft clerk =
        draftOf(
                "department|role|task|role_headcount",
                "Finance|Clerk|Book|4,0",
                "Finance|Clerk|Chase|",
                "Finance|Clerk|File|4")
            .roles()
            .get(0);

    assertThat(clerk.headcountFte()).isEqualByComparingTo("4");
  }

  @Test
  void aTaskListedTwiceForOneRoleIsAProblemEvenInAnotherLetterCase() {
    assertThat(
            problemsOf(
                "department|role|task",
                "Finance|Clerk|Book invoices",
                "Finance|Clerk|Chase",
                "Finance|Clerk|book  INVOICES"))
        .containsExactly(
            new ImportProblem(
                4, "task", "Role 'Clerk' in FINANCE already has this task on row 2."));
  }

  @Test
  void theSameTaskInTwoRolesIsTwoTasks() {
    assertThat(
            draftOf("department|role|task", "Finance|Clerk|File", "Finance|Analyst|File")
                .taskCount())
        .isEqualTo(2);
  }
}
