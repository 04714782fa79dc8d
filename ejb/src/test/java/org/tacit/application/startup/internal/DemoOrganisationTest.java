package org.tacit.application.startup.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import org.junit.jupiter.api.Test;
import org.tacit.domain.model.inventory.imports.ImportResult;
import org.tacit.domain.model.inventory.imports.InventoryDraft;
import org.tacit.domain.model.inventory.imports.RoleDraft;
import org.tacit.infrastructure.imports.ImportLimits;
import org.tacit.infrastructure.imports.InventoryFiles;

/** The demo company is a valid file of the size the brief asks for, and not uniform. */
class DemoOrganisationTest {

  @Test
  void theDemoCompanyIsAValidMidSizeInventoryWithSomeFactsConfirmed() throws Exception {
    ImportResult result;
    try (InputStream csv = getClass().getClassLoader().getResourceAsStream(DemoOrganisation.FILE)) {
      result = InventoryFiles.read(csv, DemoOrganisation.FILE, ImportLimits.defaults());
    }

    assertThat(result.problems()).isEmpty();
    InventoryDraft demo = result.draft().orElseThrow();
    assertThat(demo.departments()).hasSizeBetween(6, 8);
    assertThat(demo.roles()).hasSizeGreaterThanOrEqualTo(30);
    assertThat(demo.taskCount()).isGreaterThanOrEqualTo(300);
    long rolesWithFacts = demo.roles().stream().filter(DemoOrganisationTest::hasAnswers).count();
    assertThat(rolesWithFacts)
        .as("some roles answered by hand, most left to O*NET")
        .isBetween(3L, 10L);
    assertThat(demo.roles()).allSatisfy(role -> assertThat(role.onetSoc()).isNotNull());
  }

  private static boolean hasAnswers(RoleDraft role) {
    return role.tasks().stream().anyMatch(task -> !task.facts().isEmpty());
  }
}
