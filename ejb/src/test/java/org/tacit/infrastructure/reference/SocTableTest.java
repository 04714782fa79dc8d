package org.tacit.infrastructure.reference;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.tacit.domain.economy.SocTable;
import org.tacit.domain.model.library.OccupationDraft;
import org.tacit.infrastructure.onet.StarterLibraryFile;

/** The bundled BLS table reads whole and weighs nearly every occupation of the starter library. */
class SocTableTest {

  @Test
  void theShippedBlsTableHasEveryRowAndTheNationalTotal() {
    SocTable employment = SocTables.employment();

    assertThat(employment.bySoc()).hasSize(831);
    assertThat(employment.of("43-3031")).as("bookkeeping clerks").contains(1_455_770.0);
    assertThat(employment.of("13-1020")).as("a group BLS publishes whole").contains(486_900.0);
    // BLS OEWS May 2024: about 154 million jobs in the detailed occupations it reports
    assertThat(employment.bySoc().values().stream().mapToDouble(Double::doubleValue).sum())
        .isEqualTo(154_186_300);
  }

  @Test
  void nearlyEveryOccupationOfTheStarterLibraryWithTasksFindsItsEmployment() throws IOException {
    SocTable employment = SocTables.employment();
    List<String> withTasks =
        StarterLibraryFile.bundled().occupations().stream()
            .filter(o -> !o.tasks().isEmpty())
            .map(OccupationDraft::code)
            .toList();

    long found =
        withTasks.stream()
            .map(SocTable::soc)
            .filter(
                soc ->
                    employment
                        .of(soc)
                        .or(() -> employment.of(SocTable.broadGroup(soc)))
                        .isPresent())
            .count();

    assertThat(withTasks).hasSize(923);
    assertThat((double) found / withTasks.size()).isGreaterThan(0.95);
  }

  @Test
  void anOnetCodeIsItsSocCodeWithoutTheSuffixAndItsBroadGroupEndsInZero() {
    assertThat(SocTable.soc("15-1252.00")).isEqualTo("15-1252");
    assertThat(SocTable.soc("11-1011.03")).isEqualTo("11-1011");
    assertThat(SocTable.broadGroup("13-1021")).isEqualTo("13-1020");
  }
}
