package org.tacit.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tacit.benchmarks.SyntheticInventory.DepartmentName;

class LoadOrganisationTest {

  private final LoadOrganisation small =
      LoadOrganisation.of(3, 2, 5, List.of(new DepartmentName("Finance", "FIN")));

  @Test
  void theStandardOrganisationHasOneHundredThousandTasksInTwentyDepartmentsLedByTheDemoCompanys() {
    LoadOrganisation standard = LoadOrganisation.standard();

    assertThat(standard.taskRows()).isEqualTo(100_000);
    assertThat(standard.tasksByDepartment()).hasSize(20).containsEntry("FIN", 5_000);
    assertThat(standard.tasksByDepartment().keySet())
        .contains("FIN", "OPS", "HR", "SALES", "D09", "D20");
  }

  @Test
  void firstDepartmentsTakeTheGivenNamesAndTheOthersAreNumbered(@TempDir Path dir)
      throws IOException {
    List<String> lines = Files.readAllLines(small.writeTo(dir.resolve("load.csv")));

    assertThat(lines).hasSize(1 + 30);
    assertThat(lines.get(1)).startsWith("Finance,FIN,Role 0001 of department 01,D01-R0001,");
    assertThat(lines.get(11)).startsWith("Department 02,D02,");
  }

  @Test
  void anOrganisationAlreadyImportedLacksNothingEvenBesideTheDemoCompanysTasks() {
    assertThat(small.missingFrom(Map.of("FIN", 12L, "D02", 10L, "D03", 10L, "LEGAL", 7L)))
        .isEmpty();
  }

  @Test
  void aDepartmentMissingOrShortOfTasksIsToBeImported() {
    assertThat(small.missingFrom(Map.of("FIN", 4L, "D02", 10L))).containsExactly("FIN", "D03");
  }

  @Test
  void twoWritingsOfTheOrganisationAreTheSameFile(@TempDir Path dir) throws IOException {
    Path first = LoadOrganisation.standard().writeTo(dir.resolve("a.csv"));
    Path second = LoadOrganisation.standard().writeTo(dir.resolve("b.csv"));

    assertThat(Files.mismatch(first, second)).isEqualTo(-1L);
  }
}
