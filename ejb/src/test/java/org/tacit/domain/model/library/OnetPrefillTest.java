package org.tacit.domain.model.library;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.tacit.domain.model.inventory.Provenance;
import org.tacit.domain.model.inventory.TaskFact;
import org.tacit.domain.model.inventory.TaskFacts;

class OnetPrefillTest {

  private static final WorkContext TYPICAL = context("0.27", "0.81", "0.56", "0.77");

  @ParameterizedTest(name = "{0} per workday, no work context: repetition {1}")
  @CsvSource({
    "0.003846, 1", // yearly
    "0.046153, 1", // just under monthly
    "0.046154, 2", // monthly (12 a year)
    "0.199999, 2",
    "0.2,      3", // weekly (52 a year)
    "0.999999, 3",
    "1,        4", // daily
    "2.999999, 4",
    "3,        5", // several times a day
    "8,        5"
  })
  void taskFrequencyGivesRepetition(String perWorkday, int level) {
    assertThat(OnetPrefill.repetition(Optional.of(new BigDecimal(perWorkday)), Optional.empty()))
        .contains(level);
  }

  @ParameterizedTest(name = "{0} per workday, repeating {1}: repetition {2}")
  @CsvSource({"1, 0.98, 4", "3, 0.98, 5", "1, 0.11, 4", "0.01, 0.98, 1"})
  void aTasksOwnFrequencyWinsOverItsOccupationsRepeatingOfTasks(
      String perWorkday, String repeating, int level) {
    WorkContext context = context("0.27", "0.81", repeating, "0.77");
    assertThat(
            OnetPrefill.repetition(Optional.of(new BigDecimal(perWorkday)), Optional.of(context)))
        .contains(level);
  }

  @ParameterizedTest(name = "repeating {0} alone: repetition {1}")
  @CsvSource({"0.19, 1", "0.2, 2", "0.39, 2", "0.4, 3", "0.6, 4", "0.79, 4", "0.8, 5"})
  void withoutAFrequencyTheWorkContextAloneGivesRepetitionInFifths(String repeating, int level) {
    assertThat(
            OnetPrefill.repetition(
                Optional.empty(), Optional.of(context("0.3", "0.8", repeating, "0.7"))))
        .contains(level);
  }

  @ParameterizedTest(name = "unstructured {0}, repeating {1}: novelty {2}")
  @CsvSource({
    "0.27, 0.98, 1", // mean 0.145
    "0.40, 0.71, 1", // 0.345
    "0.40, 0.70, 2", // 0.35
    "0.60, 0.61, 2", // 0.495
    "0.60, 0.60, 3", // 0.50
    "0.77, 0.56, 3", // the median occupation
    "0.80, 0.50, 4", // 0.65
    "1.00, 0.41, 4", // 0.795
    "1.00, 0.40, 5"
  }) // 0.80
  void unstructuredWorkThatRarelyRepeatsGivesNovelty(
      String unstructured, String repeating, int level) {
    assertThat(OnetPrefill.novelty(context("0.3", "0.8", repeating, unstructured)))
        .isEqualTo(level);
  }

  @ParameterizedTest(name = "exactness {0}, automation {1}: verifiability {2}")
  @CsvSource({
    "0.60, 0.09, 1", // mean 0.345
    "0.60, 0.10, 2", // 0.35
    "0.80, 0.09, 2", // 0.445
    "0.80, 0.10, 3", // 0.45
    "0.81, 0.27, 3", // the median occupation
    "0.90, 0.20, 4", // 0.55
    "0.90, 0.40, 5", // 0.65
    "1.00, 0.70, 5"
  })
  void exactStandardsAndAutomatedWorkGiveVerifiability(
      String exactness, String automation, int level) {
    assertThat(OnetPrefill.verifiability(context(automation, exactness, "0.5", "0.7")))
        .isEqualTo(level);
  }

  @ParameterizedTest(name = "Active Learning importance {0}: tacit context {1}")
  @CsvSource({
    "0, 1", "12, 1", "13, 2", "37, 2", "38, 3", "53, 3", "62, 3", "63, 4", "78, 4", "87, 4",
    "88, 5", "100, 5"
  })
  void activeLearningGivesTacitContextAtTheNearestOnetAnchor(int importance, int level) {
    assertThat(OnetPrefill.tacitContext(importance)).isEqualTo(level);
  }

  @Test
  void everyPrefilledAnswerIsAnEstimate() {
    OnetPrefill prefill =
        new OnetPrefill(
            Optional.of(OnTheJobTraining.UP_TO_1_YEAR),
            Optional.of(TYPICAL),
            Optional.of(53),
            ActivityProfile.NONE);

    TaskFacts facts = prefill.estimate(rated(new BigDecimal("2"), new BigDecimal("4")));

    assertThat(facts.answers())
        .isEqualTo(
            Map.of(
                TaskFact.TIME_TO_PROFICIENCY,
                BigDecimal.valueOf(4),
                TaskFact.REPETITION,
                BigDecimal.valueOf(4),
                TaskFact.NOVELTY,
                BigDecimal.valueOf(3),
                TaskFact.VERIFIABILITY,
                BigDecimal.valueOf(3),
                TaskFact.TACIT_CONTEXT,
                BigDecimal.valueOf(3)));
    assertThat(facts.answers().keySet())
        .allSatisfy(fact -> assertThat(facts.provenance(fact)).contains(Provenance.ESTIMATED));
  }

  @Test
  void tasksOfOneOccupationDifferWhereTheirFrequencyDiffers() {
    OnetPrefill prefill =
        new OnetPrefill(
            Optional.empty(), Optional.of(TYPICAL), Optional.empty(), ActivityProfile.NONE);

    var hourly = prefill.estimate(rated(new BigDecimal("8"), null)).value(TaskFact.REPETITION);
    var yearly = prefill.estimate(rated(new BigDecimal("0.004"), null)).value(TaskFact.REPETITION);

    assertThat(hourly).contains(BigDecimal.valueOf(5));
    assertThat(yearly).contains(BigDecimal.ONE);
  }

  @Test
  void whatOnetDoesNotSayStaysUnknown() {
    OnetPrefill prefill =
        new OnetPrefill(Optional.empty(), Optional.empty(), Optional.empty(), ActivityProfile.NONE);

    assertThat(prefill.estimate(TaskEvidence.NONE).answers()).isEmpty();
  }

  @ParameterizedTest(
      name =
          "hands-on {0}, information {1}, people {2}, observing {3}: presence {4}, digital {5},"
              + " trust {6}")
  @CsvSource({
    "1, 0, 0, 0, 5, 1, 1", // "Operate forklifts"
    "0, 1, 0, 0, 1, 5, 1", // "Analyze budget data"
    "0, 0, 1, 0, 1, 3, 4", // "Advise clients": spoken or written, with people, not "fully" trust
    "0, 0, 0, 1, 3, 3, 1", // "Inspect completed work": on site or on screen
    "1, 1, 0, 0, 3, 3, 1",
    "0, 1, 1, 0, 1, 4, 3", // digital share 0.75; trust 1.5 of 3 steps rounds up
    "1, 0, 1, 0, 3, 2, 3",
    "1, 2, 0, 0, 2, 4, 1", // thirds: 1.33 → 1, 2.67 → 3
    "2, 1, 0, 0, 4, 2, 1",
    "0, 2, 1, 0, 1, 4, 2", // digital 2.5 / 3 × 4 = 3.33, trust 1 / 3 × 3 = 1
    "1, 1, 1, 1, 3, 3, 2"
  })
  void theKindsOfWorkOfATasksActivitiesGivePresenceDigitalWorkAndTrust(
      int handsOn,
      int information,
      int people,
      int observing,
      int presence,
      int digital,
      int trust) {
    ActivityProfile activities = new ActivityProfile(handsOn, information, people, observing);

    assertThat(OnetPrefill.physicalPresence(activities)).isEqualTo(presence);
    assertThat(OnetPrefill.digitalIo(activities)).isEqualTo(digital);
    assertThat(OnetPrefill.relationshipTrust(activities)).isEqualTo(trust);
  }

  @Test
  void tasksOfOneOccupationDifferWhereTheirWorkActivitiesDiffer() {
    OnetPrefill prefill =
        new OnetPrefill(
            Optional.empty(), Optional.empty(), Optional.empty(), new ActivityProfile(3, 3, 0, 0));

    TaskFacts driving =
        prefill.estimate(
            new TaskEvidence(TaskRating.UNKNOWN, new ActivityProfile(1, 0, 0, 0), TaskType.CORE));
    TaskFacts logging =
        prefill.estimate(
            new TaskEvidence(TaskRating.UNKNOWN, new ActivityProfile(0, 1, 0, 0), TaskType.CORE));

    assertThat(driving.value(TaskFact.PHYSICAL_PRESENCE)).contains(BigDecimal.valueOf(5));
    assertThat(driving.value(TaskFact.DIGITAL_IO)).contains(BigDecimal.ONE);
    assertThat(logging.value(TaskFact.PHYSICAL_PRESENCE)).contains(BigDecimal.ONE);
    assertThat(logging.value(TaskFact.DIGITAL_IO)).contains(BigDecimal.valueOf(5));
    assertThat(driving.provenance(TaskFact.RELATIONSHIP_TRUST)).contains(Provenance.ESTIMATED);
  }

  @Test
  void aTaskWithoutWorkActivitiesGetsItsOccupationsPooledProfile() {
    OnetPrefill prefill =
        new OnetPrefill(
            Optional.empty(), Optional.empty(), Optional.empty(), new ActivityProfile(3, 3, 0, 0));

    TaskFacts unlinked = prefill.estimate(TaskEvidence.NONE);

    assertThat(unlinked.value(TaskFact.PHYSICAL_PRESENCE)).contains(BigDecimal.valueOf(3));
    assertThat(unlinked.value(TaskFact.DIGITAL_IO)).contains(BigDecimal.valueOf(3));
    assertThat(unlinked.value(TaskFact.RELATIONSHIP_TRUST)).contains(BigDecimal.ONE);
  }

  @Test
  void coreOrSupplementalChangesNoEstimate() {
    OnetPrefill prefill =
        new OnetPrefill(
            Optional.of(OnTheJobTraining.UP_TO_1_YEAR),
            Optional.of(TYPICAL),
            Optional.of(53),
            new ActivityProfile(1, 2, 0, 0));
    ActivityProfile activities = new ActivityProfile(0, 1, 1, 0);
    TaskRating rating = TaskRating.of(BigDecimal.ONE, new BigDecimal("4"));

    assertThat(prefill.estimate(new TaskEvidence(rating, activities, TaskType.SUPPLEMENTAL)))
        .isEqualTo(prefill.estimate(new TaskEvidence(rating, activities, TaskType.CORE)));
  }

  private static TaskEvidence rated(BigDecimal perWorkday, BigDecimal importance) {
    return new TaskEvidence(TaskRating.of(perWorkday, importance), ActivityProfile.NONE, null);
  }

  private static WorkContext context(
      String automation, String exactness, String repeating, String unstructured) {
    return new WorkContext(
        new BigDecimal(automation),
        new BigDecimal(exactness),
        new BigDecimal(repeating),
        new BigDecimal(unstructured));
  }
}
