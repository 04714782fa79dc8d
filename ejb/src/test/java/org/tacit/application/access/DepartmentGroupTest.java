package org.tacit.application.access;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

class DepartmentGroupTest {

  @ParameterizedTest
  @CsvSource({
    "/departments/FIN,   FIN",
    "departments/OPS,    OPS",
    "/departments/IT-2,  IT-2",
    "' /departments/HR ', HR",
  })
  void aGroupUnderDepartmentsNamesTheDepartmentCode(String group, String code) {
    assertThat(DepartmentGroup.codeOf(group)).contains(code);
  }

  @ParameterizedTest
  @NullSource
  @ValueSource(
      strings = {
        "",
        "/admins",
        "/departments",
        "/departments/",
        "/departments/fin",
        "/departments/FIN/TEAM",
        "/other/FIN"
      })
  void otherGroupsSayNothingAboutDepartments(String group) {
    assertThat(DepartmentGroup.codeOf(group)).isEmpty();
  }
}
