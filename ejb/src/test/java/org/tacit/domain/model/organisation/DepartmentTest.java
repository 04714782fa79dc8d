package org.tacit.domain.model.organisation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class DepartmentTest {

  @Test
  void aDepartmentKeepsItsCodeAndTrimmedName() {
    Department finance = new Department("FIN", "  Finance ", null);

    assertThat(finance.code()).isEqualTo("FIN");
    assertThat(finance.name()).isEqualTo("Finance");
    assertThat(finance.parent()).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "fin", "FIN ANCE", "-FIN", "THIS-CODE-IS-FAR-TOO-LONG-FOR-A-GROUP"})
  void aCodeThatCannotNameAKeycloakGroupIsRefused(String code) {
    assertThatThrownBy(() -> new Department(code, "Finance", null))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("department code");
  }

  @Test
  void aDepartmentNeedsAName() {
    assertThatThrownBy(() -> new Department("FIN", " ", null))
        .hasMessage("A department needs a name.");
  }
}
