package org.tacit.infrastructure.onet;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.tacit.domain.model.library.ActivityProfile;
import org.tacit.domain.model.library.LibraryDraft;
import org.tacit.domain.model.library.OccupationDraft;
import org.tacit.domain.model.library.OnTheJobTraining;
import org.tacit.domain.model.library.TaskType;

/**
 * The starter library the product ships is the whole O*NET 27.0 task inventory, with its ratings.
 */
class StarterLibraryFileTest {

  @Test
  void theStarterLibraryHoldsEveryOccupationAndTaskOfOnet27() throws Exception {
    LibraryDraft starter = StarterLibraryFile.bundled();

    assertThat(starter.release()).isEqualTo("O*NET 27.0");
    assertThat(starter.occupations()).hasSize(1016);
    assertThat(starter.taskCount()).isEqualTo(19_265);
    assertThat(starter.ratedTaskCount()).isEqualTo(17_594);
    assertThat(
            starter.occupations().stream()
                .flatMap(o -> o.tasks().stream())
                .filter(t -> t.activities().isKnown()))
        .as("tasks O*NET links to a detailed work activity")
        .hasSize(18_831);
  }

  @Test
  void chiefExecutivesComeWithJobZoneTrainingAndRatedCoreTasks() throws Exception {
    OccupationDraft chiefs =
        StarterLibraryFile.bundled().occupations().stream()
            .filter(o -> o.code().equals("11-1011.00"))
            .findFirst()
            .orElseThrow();

    assertThat(chiefs.title()).isEqualTo("Chief Executives");
    assertThat(chiefs.jobZone()).isEqualTo(5);
    assertThat(chiefs.training())
        .as("36.53 + 9.55 + 12.50 passes half: chiefs arrive experienced")
        .isEqualTo(OnTheJobTraining.UP_TO_3_MONTHS);
    var budget =
        chiefs.tasks().stream().filter(t -> t.onetTaskId() == 8823).findFirst().orElseThrow();
    assertThat(budget.type()).isEqualTo(TaskType.CORE);
    assertThat(budget.rating().perWorkday()).contains(new BigDecimal("0.612315"));
    assertThat(budget.rating().importance()).contains(new BigDecimal("4.52"));
    assertThat(budget.activities())
        .as("4.A.4.b.4, guiding and directing subordinates")
        .isEqualTo(new ActivityProfile(0, 0, 1, 0));
  }

  @Test
  void theStarterLibraryStaysSmallEnoughToShip() throws Exception {
    try (var in = getClass().getClassLoader().getResourceAsStream(StarterLibraryFile.RESOURCE)) {
      assertThat(in.readAllBytes().length).isLessThan(3 * 1024 * 1024);
    }
  }
}
