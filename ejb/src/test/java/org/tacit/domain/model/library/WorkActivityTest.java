package org.tacit.domain.model.library;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class WorkActivityTest {

  @ParameterizedTest(name = "{0}: {1}")
  @CsvSource({
    "4.A.3.a.4,         HANDS_ON", // operating vehicles
    "4.A.3.a.2.I13.D02, HANDS_ON", // a DWA of handling and moving objects
    "4.A.3.b.4,         HANDS_ON", // repairing and maintaining equipment
    "4.A.4.a.5.I03.D01, HANDS_ON", // caring for others, not the rest of 4.A.4.a
    "4.A.3.b.1,         INFORMATION", // working with computers
    "4.A.3.b.6.I10.D01, INFORMATION", // documenting and recording
    "4.A.2.a.4,         INFORMATION", // analysing data
    "4.A.1.a.1,         INFORMATION", // getting information
    "4.A.4.c.1,         INFORMATION", // administrative activities
    "4.A.4.a.2,         PEOPLE", // communicating with colleagues
    "4.A.4.b.6.I08.D04, PEOPLE", // advising
    "4.A.4.c.2,         PEOPLE", // staffing
    "4.A.1.a.2,         OBSERVING", // monitoring
    "4.A.1.b.2.I05.D01, OBSERVING", // inspecting
    "4.A.4.c.3,         OBSERVING"
  }) // monitoring resources
  void aWorkActivityIsFiledByTheBranchOfTheOnetTaxonomyItsIdStartsWith(
      String id, WorkActivity kind) {
    assertThat(WorkActivity.ofElement(id)).contains(kind);
  }

  @Test
  void anIdOutsideTheWorkActivityTaxonomyHasNoKind() {
    assertThat(WorkActivity.ofElement("2.B.1.a")).isEmpty();
    assertThat(WorkActivity.ofElement("4.A.20"))
        .as("a whole segment, not a prefix of text")
        .isEmpty();
  }

  @Test
  void aProfileCountsATasksActivitiesByKindAndAnOccupationPoolsThem() {
    ActivityProfile inspecting =
        ActivityProfile.of(List.of("4.A.1.b.2.I05.D01", "4.A.3.b.6.I08.D02", "9.Z"));
    ActivityProfile driving = ActivityProfile.of(List.of("4.A.3.a.4.I01.D03"));

    assertThat(inspecting).isEqualTo(new ActivityProfile(0, 1, 0, 1));
    assertThat(ActivityProfile.pooled(List.of(inspecting, driving, ActivityProfile.NONE)))
        .isEqualTo(new ActivityProfile(1, 1, 0, 1));
    assertThat(ActivityProfile.of(List.of()).isKnown()).isFalse();
  }
}
