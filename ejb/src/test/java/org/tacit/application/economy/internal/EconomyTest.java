package org.tacit.application.economy.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.assertj.core.api.Assertions.within;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.tacit.application.economy.EconomyBenchmark;
import org.tacit.application.economy.EconomyBenchmark.OccupationFigures;
import org.tacit.application.scenarios.YearFigures;
import org.tacit.domain.economy.EmploymentWeightsTest;
import org.tacit.domain.economy.SocTable;
import org.tacit.domain.model.library.ActivityProfile;
import org.tacit.domain.model.library.Occupation;
import org.tacit.domain.model.library.TaskEvidence;
import org.tacit.domain.model.library.TaskRating;
import org.tacit.domain.scenario.Scenarios;
import org.tacit.domain.scoring.RuleSet;
import org.tacit.infrastructure.reference.SocTables;

/**
 * A hand-built economy of five occupations. With O*NET's estimates alone, an information task is
 * automatable, a hands-on one manual and one with people augmentable, which makes every figure
 * computable by hand: each person works 1,720 hours, each occupation weighs its employment.
 */
class EconomyTest {

  static final TaskEvidence INFORMATION = task(new ActivityProfile(0, 1, 0, 0));
  static final TaskEvidence HANDS_ON = task(new ActivityProfile(1, 0, 0, 0));
  static final TaskEvidence PEOPLE = task(new ActivityProfile(0, 0, 1, 0));

  /**
   * Clerks 300 (half automatable, half manual), drivers 100 (manual), two CEO codes 200
   * (augmentable).
   */
  static final SocTable EMPLOYMENT =
      EmploymentWeightsTest.employment(
          """
          43-3031,Bookkeeping clerks,300
          53-3032,Truck drivers,100
          11-1011,Chief Executives,200
          47-2061,Construction Laborers,400
          """);

  static final List<Occupation> OCCUPATIONS =
      List.of(
          new Occupation("11-1011.00", "Chief Executives", null),
          new Occupation("11-1011.03", "Chief Sustainability Officers", null),
          new Occupation("11-9199.00", "Managers, All Other", null),
          new Occupation("43-3031.00", "Bookkeeping Clerks", null),
          new Occupation("53-3032.00", "Truck Drivers", null),
          new Occupation("99-9999.00", "Not in BLS", null));
  static final Map<String, List<TaskEvidence>> TASKS =
      Map.of(
          "11-1011.00",
          List.of(PEOPLE),
          "11-1011.03",
          List.of(PEOPLE),
          "43-3031.00",
          List.of(INFORMATION, HANDS_ON),
          "53-3032.00",
          List.of(HANDS_ON),
          "99-9999.00",
          List.of(INFORMATION));

  private static TaskEvidence task(ActivityProfile activities) {
    return new TaskEvidence(TaskRating.UNKNOWN, activities, null);
  }

  static Economy economy() {
    return Economy.build(
        new Economy.Key("O*NET 27.0", Instant.EPOCH, 1),
        OCCUPATIONS,
        TASKS,
        EMPLOYMENT,
        RuleSet.version1());
  }

  static EconomyBenchmark benchmark() {
    EconomyCache.References references =
        new EconomyCache.References(
            EMPLOYMENT, SocTables.freyOsborne(), SocTables.microsoftApplicability(), List.of());
    return EconomyBenchmarks.benchmark(economy(), references, Scenarios.base(2026), null);
  }

  @Test
  void everyOccupationWeighsItsEmploymentAndCodesSharingASocCodeSplitIt() {
    EconomyBenchmark economy = benchmark();

    assertThat(economy.occupations())
        .extracting(OccupationFigures::onetCode, OccupationFigures::employment)
        .containsExactly(
            tuple("11-1011.00", 100.0),
            tuple("11-1011.03", 100.0),
            tuple("43-3031.00", 300.0),
            tuple("53-3032.00", 100.0));
    YearFigures first = economy.economy().get(0);
    assertThat(first.fte()).isCloseTo(600, within(1e-9));
    assertThat(first.hours()).isCloseTo(600 * 1720.0, within(1e-6));
    // ready for AI: half of the clerks' time (150 people) and the executives' (200) of 600
    assertThat(first.naiveExposure().share()).isCloseTo(350.0 / 600, within(1e-12));
    assertThat(first.naiveExposure().fte()).isCloseTo(350, within(1e-9));
    assertThat(economy.hoursShareByClass())
        .containsEntry("AUTOMATABLE", 150.0 / 600)
        .containsEntry("AUGMENTABLE", 200.0 / 600)
        .containsEntry("MANUAL", 250.0 / 600)
        .containsEntry("LEARNING_BOUND", 0.0);
    assertThat(first.cost()).as("no wages are shipped").isZero();
  }

  @Test
  void occupationsWithoutTasksOrWithoutEmploymentAreLeftOutAndCounted() {
    EconomyBenchmark.EmploymentCoverage coverage = benchmark().coverage();

    assertThat(coverage.occupations()).isEqualTo(6);
    assertThat(coverage.occupationsCounted()).isEqualTo(4);
    assertThat(coverage.withoutTasks()).containsExactly("11-9199.00");
    assertThat(coverage.withoutEmployment()).containsExactly("99-9999.00");
    assertThat(coverage.employment()).isEqualTo(1000);
    assertThat(coverage.employmentCounted())
        .as("construction laborers: no occupation of this library")
        .isEqualTo(600);
    assertThat(coverage.employmentCountedShare()).isCloseTo(0.6, within(1e-12));
  }

  @Test
  void nothingIsTechnicallySubstitutableBecauseOnetGivesNoTaskLengthAndTheReportSaysSo() {
    EconomyBenchmark economy = benchmark();

    assertThat(economy.economy())
        .hasSize(11)
        .allSatisfy(
            year -> {
              assertThat(year.technicallySubstitutable().share()).isZero();
              assertThat(year.realisticSubstitution().share()).isZero();
              assertThat(year.coverage().unknownLengthShare())
                  .isCloseTo(350.0 / 600, within(1e-12));
              assertThat(year.coverage().estimatedShare()).isCloseTo(1, within(1e-12));
            });
    OccupationFigures clerks = economy.occupations().get(2);
    assertThat(clerks.naiveExposure()).isCloseTo(0.5, within(1e-12));
    assertThat(clerks.realisticSubstitution()).isZero();
    assertThat(clerks.freyOsborneProbability())
        .as("Frey and Osborne's bookkeeping clerks")
        .isEqualTo(0.98);
    assertThat(clerks.microsoftApplicability()).isNotNull();
  }
}
