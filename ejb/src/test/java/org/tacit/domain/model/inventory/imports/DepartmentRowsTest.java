package org.tacit.domain.model.inventory.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tacit.domain.model.inventory.imports.Sheet.draftOf;
import static org.tacit.domain.model.inventory.imports.Sheet.problemsOf;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class DepartmentRowsTest {

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "Finance                                      | FINANCE",
        "  Research & Development                     | RESEARCH-DEVELOPMENT",
        "Customer service (EMEA)                      | CUSTOMER-SERVICE-EMEA",
        "Müller Logistik                              | MULLER-LOGISTIK",
        "Straße                                       | STRASSE",
        "IT_Ops 2                                     | IT-OPS-2",
        "International business development division | INTERNATIONAL-BUSINESS-DEVELOPME",
        "Procurement and supply chain — Europe        | PROCUREMENT-AND-SUPPLY-CHAIN-EUR",
        "Accounts payable and accounts rec-eivable    | ACCOUNTS-PAYABLE-AND-ACCOUNTS-RE"
      })
  void aDepartmentWithoutACodeGetsOneDerivedFromItsName(String name, String code) {
    assertThat(DepartmentCodes.derive(name)).contains(code);
    assertThat(code).hasSizeLessThanOrEqualTo(32).matches("[A-Z0-9][A-Z0-9_-]{0,31}");
  }

  @Test
  void aCodeCutAtThirtyTwoCharactersNeverEndsInADash() {
    assertThat(DepartmentCodes.derive("Thirty one characters long name x"))
        .contains("THIRTY-ONE-CHARACTERS-LONG-NAME");
  }

  @ParameterizedTest
  @ValueSource(strings = {"Φινανς", "???", "—"})
  void aNameWithoutLettersOrDigitsToMakeACodeFromAsksForADepartmentCode(String name) {
    assertThat(DepartmentCodes.derive(name)).isEmpty();
    assertThat(problemsOf("department|role|task", name + "|Clerk|Book"))
        .containsExactly(
            new ImportProblem(
                2,
                "department",
                "No department code can be made from '"
                    + name
                    + "'; give one in a department_code column."));
  }

  @Test
  void aGivenCodeIsKeptAsItIs() {
    assertThat(
            draftOf("department|department_code|role|task", "Finance|FIN_1|Clerk|Book")
                .departments())
        .containsExactly(new DepartmentDraft("FIN_1", "Finance"));
  }

  @Test
  void theSameDepartmentNameWithTwoCodesIsAProblem() {
    assertThat(
            problemsOf(
                "department|department_code|role|task",
                "Finance|FIN|Clerk|Book",
                "Finance|FI|Clerk|Chase"))
        .contains(
            new ImportProblem(
                3, "department_code", "Department 'Finance' has code 'FIN' on row 2, not 'FI'."));
  }

  @Test
  void oneCodeWithTwoNamesIsAProblem() {
    assertThat(
            problemsOf(
                "department|department_code|role|task",
                "Finance|FIN|Clerk|Book",
                "Finances|FIN|Clerk|Chase"))
        .containsExactly(
            new ImportProblem(
                3,
                "department",
                "Department code 'FIN' belongs to 'Finance' on row 2, not to 'Finances'."));
  }

  @Test
  void namesThatDifferOnlyInLetterCaseDeriveOneCodeAndAreCaughtAsTwoNames() {
    assertThat(problemsOf("department|role|task", "Finance|Clerk|Book", "FINANCE|Clerk|Chase"))
        .extracting(ImportProblem::message)
        .contains("Department code 'FINANCE' belongs to 'Finance' on row 2, not to 'FINANCE'.");
  }

  @Test
  void eachDepartmentIsDraftedOnceInTheOrderTheFileNamesIt() {
    assertThat(
            draftOf(
                    "department|role|task",
                    "Sales|Rep|Call",
                    "Finance|Clerk|Book",
                    "Sales|Rep|Visit")
                .departments())
        .extracting(DepartmentDraft::code)
        .containsExactly("SALES", "FINANCE");
  }
}
