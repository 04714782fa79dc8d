package org.tacit.infrastructure.onet;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.tacit.domain.model.library.WorkContext;

class OccupationProfilesTest {

  @Test
  void theBundledTablesDescribeOccupationsByTitleIgnoringCase() throws Exception {
    OccupationProfiles profiles = OccupationProfiles.bundled();

    assertThat(profiles.workContext("chief executives"))
        .contains(
            new WorkContext(
                new BigDecimal("0.42"),
                new BigDecimal("0.79"),
                new BigDecimal("0.56"),
                new BigDecimal("1.0")));
    assertThat(profiles.activeLearning("Chief Executives")).contains(75);
    assertThat(profiles.workContext("Astronaut")).isEmpty();
  }

  @Test
  void everyOccupationOfTheBundledTablesIsInTheStarterLibrary() throws Exception {
    var titles = StarterLibraryFile.bundled().occupations().stream().map(o -> o.title()).toList();
    OccupationProfiles profiles = OccupationProfiles.bundled();

    long described = titles.stream().filter(t -> profiles.workContext(t).isPresent()).count();
    long learning = titles.stream().filter(t -> profiles.activeLearning(t).isPresent()).count();
    assertThat(described).isEqualTo(873);
    assertThat(learning).isEqualTo(873);
  }

  @Test
  void readsTheReferenceLayout() throws Exception {
    OccupationProfiles profiles =
        OccupationProfiles.read(
            new StringReader(
                "degree_of_automation_context,occupation,importance_of_being_exact_or_accurate_context,importance_of_repeating_same_tasks_context,structured_versus_unstructured_work_context\n"
                    + "0.7,Travel Agents,0.95,0.53,0.83\n"),
            new StringReader(
                "Occupation,Job Zone,Active_Learning_Importance,Active_Learning_Level\n"
                    + "Travel Agents,3,47,41\n"));

    assertThat(profiles.workContext("Travel Agents").orElseThrow().automation())
        .isEqualByComparingTo("0.7");
    assertThat(profiles.activeLearning("Travel Agents")).contains(47);
  }
}
