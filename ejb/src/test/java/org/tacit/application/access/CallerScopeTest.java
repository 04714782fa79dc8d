package org.tacit.application.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CallerScopeTest {

  @RegisterExtension final SecurityEvents events = new SecurityEvents();

  @ParameterizedTest(
      name = "{0} of {1}: reads FIN {2}, changes FIN {3}, reads OPS {4}, changes OPS {5}")
  @CsvSource({
    "tacit-admin,      '',  true,  true,  true,  true",
    "strategy-analyst, '',  true,  false, true,  false",
    "hr-editor,        FIN, true,  true,  false, false",
    "viewer,           FIN, true,  false, false, false",
    "viewer,           OPS, false, false, true,  false",
    "hr-editor,        '',  false, false, false, false",
    "'',               FIN, false, false, false, false",
  })
  void eachRoleReadsAndChangesOnlyWhatItShould(
      String role,
      String department,
      boolean readsFin,
      boolean changesFin,
      boolean readsOps,
      boolean changesOps) {
    CallerScope caller =
        new CallerScope(
            "someone",
            role.isEmpty() ? Set.of() : Set.of(role),
            department.isEmpty() ? Set.of() : Set.of(department));

    assertThat(caller.mayRead("FIN")).isEqualTo(readsFin);
    assertThat(caller.mayChange("FIN")).isEqualTo(changesFin);
    assertThat(caller.mayRead("OPS")).isEqualTo(readsOps);
    assertThat(caller.mayChange("OPS")).isEqualTo(changesOps);
  }

  @ParameterizedTest
  @CsvSource({"FIN OPS HR, 'HR,OPS'", "FIN, ''"})
  void anEditorLearnsWhichDepartmentsOfAFileAreNotTheirs(String codes, String refused) {
    CallerScope hedda = new CallerScope("hedda", Set.of("hr-editor"), Set.of("FIN"));

    assertThat(hedda.notChangeable(List.of(codes.split(" "))))
        .containsExactlyElementsOf(refused.isEmpty() ? List.of() : List.of(refused.split(",")));
  }

  @Test
  void aRefusedReadOrChangeIsASecurityEventNamingWhoAndWhichDepartment() {
    CallerScope vic = new CallerScope("vic", Set.of(CallerScope.VIEWER), Set.of("OPS"));

    vic.requireRead("OPS");
    assertThatThrownBy(() -> vic.requireRead("FIN")).isInstanceOf(NotPermittedException.class);
    assertThatThrownBy(() -> vic.requireChange("OPS")).isInstanceOf(NotPermittedException.class);

    assertThat(events.lines()).hasSize(2);
    assertThat(events.lines().get(0))
        .contains(
            "user=\"vic\" action=\"read-department\" object=\"department FIN\""
                + " outcome=refused");
    assertThat(events.lines().get(1))
        .contains("action=\"change-department\" object=\"department OPS\"");
  }
}
