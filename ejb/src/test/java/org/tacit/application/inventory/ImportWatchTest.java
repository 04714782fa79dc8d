package org.tacit.application.inventory;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.tacit.domain.model.inventory.imports.ImportProgress;
import org.tacit.domain.model.inventory.imports.ImportProgress.Phase;

class ImportWatchTest {

  @Test
  void aWatchShowsRowsReadWithoutAPercentUntilTheTotalIsKnown() {
    ImportWatch watch = new ImportWatch();

    watch.advanced(Phase.READING, 3000, ImportProgress.UNKNOWN_TOTAL);

    assertThat(watch.latest())
        .isEqualTo(new ImportWatch.Step(Phase.READING, 3000, ImportProgress.UNKNOWN_TOTAL));
    assertThat(watch.latest().percent()).isEmpty();
  }

  @Test
  void aWatchShowsHowFarWritingHasGotAsAPercent() {
    ImportWatch watch = new ImportWatch();

    watch.advanced(Phase.WRITING, 40_000, 100_000);

    assertThat(watch.latest().percent()).hasValue(40);
  }
}
