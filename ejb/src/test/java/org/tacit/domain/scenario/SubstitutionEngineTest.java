package org.tacit.domain.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.tacit.domain.scoring.TaskClass.AUGMENTABLE;
import static org.tacit.domain.scoring.TaskClass.AUTOMATABLE;
import static org.tacit.domain.scoring.TaskClass.MANUAL;

import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.stream.Stream;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.tacit.domain.scoring.TaskClass;

/**
 * A worked example: an accounts payable role of 4 FTE at 60,000 a year, 2026–2030, under a scenario
 * chosen so the success curve can be computed by hand. The benchmark horizon is 1 h at the start of
 * 2026 and doubles every 12 months, all of it holds on real work, so the 50 % horizon by the end of
 * year y is 2^(y − 2025) h; the 80 % horizon is a quarter of it, two doublings, so the curve's
 * slope is ln 4 / 2 = ln 2 a doubling and a task's share is x / (1 + x), x = its horizon ÷ its
 * length. Error cost 2 uses the 50 % horizon, 4 the 80 % one, 3 half of the 50 % one. Matching
 * invoices (automatable, 0.5 h, error cost 2, 40 %): x = 2^(y − 2024). The payment run
 * (automatable, 4 h, error cost 4, 30 %): x = 2^(y − 2029). Supplier disputes (augmentable, 1 h,
 * error cost 3, 20 %) wait for continual learning; filing paper originals (manual, 10 %) is out of
 * reach. Adoption takes 5 years, capture of fragments is 0.5.
 */
class SubstitutionEngineTest {

  private static final Offset<Double> CLOSE = within(1e-9);
  private static final Offset<Double> HAND = within(1e-6);
  private static final Scenario BASE =
      Scenarios.base(2026)
          .withYears(2026, 2030)
          .withHorizon(1, YearMonth.of(2026, 1))
          .withDoublingMonths(12)
          .withRealWorkShare(1)
          .withReliability(0.25, 2, 4)
          .withAdoptionYears(5)
          .withCaptureOfFragments(0.5);
  private static final StaffedRole CLERKS = new StaffedRole(7, 4.0, 60_000.0);

  private static List<ScoredTask> accountsPayable(
      long roleId, boolean estimated, double confidence) {
    return List.of(
        new ScoredTask(1, roleId, 20.0, 85.0, AUTOMATABLE, 0.5, 2, 40.0, confidence, estimated),
        new ScoredTask(2, roleId, 30.0, 70.0, AUTOMATABLE, 4.0, 4, 30.0, confidence, estimated),
        new ScoredTask(3, roleId, 75.0, 65.0, AUGMENTABLE, 1.0, 3, 20.0, confidence, estimated),
        new ScoredTask(4, roleId, 10.0, 20.0, MANUAL, null, 1, 10.0, confidence, estimated));
  }

  /** The clerks (role 7, accounts payable) and a post room of one person (role 8, one task). */
  private static Workforce clerksAndPostRoom(boolean estimated, double confidence) {
    StaffedRole postRoom = new StaffedRole(8, 1.0, 30_000.0);
    List<ScoredTask> postRoomTasks =
        List.of(new ScoredTask(11, 8, 10.0, 90.0, AUTOMATABLE, 0.5, 1, 100.0, 1, false));
    return Workforce.of(
        List.of(CLERKS, postRoom),
        concat(accountsPayable(7, estimated, confidence), postRoomTasks));
  }

  private static SubstitutionEstimate estimate(
      Scenario scenario, StaffedRole role, List<ScoredTask> tasks) {
    return new SubstitutionEngine(scenario).estimate(Workforce.of(List.of(role), tasks));
  }

  /**
   * 2026: invoices 4/5, payment run 1/9; technical 0.4 × 0.8 + 0.3 / 9 = 0.353333; each share
   * starts adoption at 1/5: freed 0.070667, realistic 0.070667 × (0.5 + 0.5 × 0.070667) = 0.037830.
   * 2027: invoices 8/9, payment run 1/5; technical 0.415556; the 2026 shares at 2/5 and each rise
   * since at 1/5: freed 0.4 × (0.8 × 0.4 + 0.088889 × 0.2) + 0.3 × (0.111111 × 0.4 + 0.088889 ×
   * 0.2) = 0.153778, realistic 0.153778 × 0.576889 = 0.088713.
   */
  @ParameterizedTest(name = "{0}: naive {1}, technical {2}, realistic {3}")
  @CsvSource({"2026, 0.9, 0.353333, 0.037830", "2027, 0.9, 0.415556, 0.088713"})
  void theWorkedExampleYearByYear(int year, double naive, double technical, double realistic) {
    Figures figures = estimate(BASE, CLERKS, accountsPayable(7, false, 1)).role(7).get(year);

    assertThat(figures.naive().share()).isCloseTo(naive, CLOSE);
    assertThat(figures.technical().share()).isCloseTo(technical, HAND);
    assertThat(figures.realistic().share()).isCloseTo(realistic, HAND);
    assertThat(figures.naive().fte()).isCloseTo(naive * 4, CLOSE);
    assertThat(figures.technical().cost())
        .isCloseTo(figures.technical().share() * 4 * 60_000, within(1e-6));
  }

  /**
   * 2026: 10 % not ready (filing), 20 % waiting for learning (disputes), 0.4 × 1/5 + 0.3 × 8/9 =
   * 0.346667 longer than the curve lets AI take, and what technical leaves of realistic in adoption
   * and capture: with realistic, the whole.
   */
  @Test
  void whatHoldsTheRestBackAddsUpWithRealisticSubstitutionToTheWholeRole() {
    Figures figures = estimate(BASE, CLERKS, accountsPayable(7, false, 1)).role(7).get(2026);
    Holdback held = figures.holdback();

    assertThat(held.notReady().share()).isCloseTo(0.1, CLOSE);
    assertThat(held.learningNeed().share()).isCloseTo(0.2, CLOSE);
    assertThat(held.taskLength().share()).isCloseTo(0.346667, HAND);
    assertThat(held.unknownLength().share()).isZero();
    assertThat(held.adoptionAndCapture().share()).isCloseTo(0.353333 - 0.037830, HAND);
    assertThat(held.total().hours() + figures.realistic().hours())
        .isCloseTo(figures.hours(), within(1e-6));
    assertThat(held.learningNeed().hours()).isCloseTo(0.2 * 6880, within(1e-6));
  }

  @Test
  void naiveExposureBoundsTechnicalWhichBoundsRealisticEveryYear() {
    SortedMap<Integer, Figures> years =
        estimate(Scenarios.base(2026), CLERKS, accountsPayable(7, false, 1)).role(7);

    years
        .values()
        .forEach(f -> assertThat(f.naive().share()).isGreaterThanOrEqualTo(f.technical().share()));
    years
        .values()
        .forEach(
            f -> assertThat(f.technical().share()).isGreaterThanOrEqualTo(f.realistic().share()));
    assertThat(years.get(2036).realistic().share())
        .isGreaterThan(years.get(2026).realistic().share());
  }

  @ParameterizedTest(name = "{0}, {1} h, error cost {2}, continual learning {3}, {4}: {5} ({6})")
  @CsvSource(
      nullValues = "-",
      value = {
        "AUTOMATABLE,    0.5, 2, never, 2026, SUBSTITUTABLE, NONE",
        "AUTOMATABLE,    4,   4, never, 2026, AUGMENTABLE,   TASK_LENGTH",
        "AUTOMATABLE,    4,   4, never, 2029, SUBSTITUTABLE, NONE",
        "AUTOMATABLE,    -,   1, never, 2030, AUGMENTABLE,   UNKNOWN_LENGTH",
        "AUGMENTABLE,    1,   3, never, 2030, AUGMENTABLE,   LEARNING_NEED",
        "AUGMENTABLE,    1,   3, 2030,  2029, AUGMENTABLE,   LEARNING_NEED",
        "AUGMENTABLE,    1,   3, 2030,  2030, SUBSTITUTABLE, NONE",
        "LEARNING_BOUND, 0.1, 1, 2020,  2030, NEITHER,       NOT_READY",
        "MANUAL,         0.1, 1, never, 2030, NEITHER,       NOT_READY",
        "UNSCORED,       0.1, 1, never, 2030, NEITHER,       NOT_READY"
      })
  void eachTaskIsSubstitutableAugmentableOrNeitherEachYear(
      TaskClass taskClass,
      Double hours,
      int errorCost,
      String continualLearning,
      int year,
      Substitutability expected,
      Blocker blocker) {
    Scenario scenario =
        continualLearning.equals("never")
            ? BASE
            : BASE.withContinualLearning(ContinualLearning.in(Integer.parseInt(continualLearning)));
    ScoredTask task =
        new ScoredTask(1, 7, null, null, taskClass, hours, errorCost, 100.0, 1, false);

    Verdict verdict = new SubstitutionEngine(scenario).verdict(task, year);

    assertThat(verdict.substitutability()).isEqualTo(expected);
    assertThat(verdict.blocker()).isEqualTo(blocker);
  }

  /**
   * 2029: 0.4 × 32/33 + 0.3 × 1/2; 2030 adds the disputes, x = 16 / 1: 0.4 × 64/65 + 0.3 × 2/3 +
   * 0.2 × 16/17.
   */
  @Test
  void continualLearningByTwentyThirtyFreesTheSupplierDisputesFromThen() {
    Map<Integer, Figures> years =
        estimate(
                BASE.withContinualLearning(ContinualLearning.in(2030)),
                CLERKS,
                accountsPayable(7, false, 1))
            .role(7);

    assertThat(years.get(2029).technical().share()).isCloseTo(0.4 * 32 / 33 + 0.3 / 2, CLOSE);
    assertThat(years.get(2030).technical().share())
        .isCloseTo(0.4 * 64 / 65 + 0.2 + 0.2 * 16 / 17, CLOSE);
  }

  /**
   * 2026 with the disputes (x = 1, a half): 0.32 + 0.3 / 9 + 0.1; freed a fifth of it, captured ×
   * (0.5 + freed / 2).
   */
  @Test
  void continualLearningThatHasAlreadyArrivedBlocksNothingFromTheFirstYear() {
    Scenario arrived = BASE.withContinualLearning(ContinualLearning.in(2020));

    Figures first = estimate(arrived, CLERKS, accountsPayable(7, false, 1)).role(7).get(2026);

    assertThat(first.technical().share()).isCloseTo(0.453333, HAND);
    assertThat(first.realistic().share()).isCloseTo(0.090667 * (0.5 + 0.090667 / 2), HAND);
  }

  @Test
  void aRoleWithZeroHeadcountKeepsItsSharesButAddsNoHoursFteOrCost() {
    StaffedRole vacant = new StaffedRole(8, 0.0, 60_000.0);
    Workforce workforce =
        Workforce.of(
            List.of(CLERKS, vacant),
            concat(accountsPayable(7, false, 1), accountsPayable(8, false, 1)));
    SubstitutionEstimate estimate = new SubstitutionEngine(BASE).estimate(workforce);
    double clerks = estimate.role(7).get(2030).realistic().share();

    Figures role = estimate.role(8).get(2030);
    assertThat(role.realistic().share()).isCloseTo(clerks, CLOSE).isPositive();
    assertThat(role.hours()).isZero();
    assertThat(role.realistic().fte()).isZero();
    assertThat(role.realistic().cost()).isZero();
    assertThat(role.coverage().rolesWithoutHeadcount()).as("known to be zero").isZero();
    Figures organisation = estimate.organisation().get(2030);
    assertThat(organisation.realistic().share()).isCloseTo(clerks, CLOSE);
    assertThat(organisation.realistic().fte()).isCloseTo(clerks * 4, CLOSE);
    assertThat(organisation.coverage().tasks()).isEqualTo(8);
    Figures alone = estimate.combined(List.of(8L)).get(2030);
    assertThat(alone.hours()).isZero();
    assertThat(alone.realistic().share()).as("nothing to divide by").isNaN();
  }

  /**
   * With the 80 % horizon equal to the 50 % one the curve is a hard cut-off, so a 0.5 h task is all
   * substitutable from 2026: freed a fifth a year, captured × (0.5 + freed / 2); all of it from the
   * fifth year.
   */
  @ParameterizedTest(name = "{0}: realistic {1}")
  @CsvSource({"2026, 0.12", "2028, 0.48", "2030, 1"})
  void aRoleWithOneTaskAtAHundredPercentIsCapturedWholeOnceFullyAdopted(
      int year, double realistic) {
    StaffedRole clerk = new StaffedRole(9, 2.0, 50_000.0);
    ScoredTask all = new ScoredTask(1, 9, 10.0, 90.0, AUTOMATABLE, 0.5, 1, 100.0, 1, false);

    Figures figures =
        estimate(BASE.withReliability(1, 2, 4), clerk, List.of(all)).role(9).get(year);

    assertThat(figures.technical().share()).isEqualTo(1);
    assertThat(figures.realistic().share()).isCloseTo(realistic, CLOSE);
    assertThat(figures.realistic().fte()).isCloseTo(realistic * 2, CLOSE);
    assertThat(figures.realistic().cost()).isCloseTo(realistic * 100_000, within(1e-6));
  }

  @Test
  void aRoleWithOnlyEstimatedAnswersHasTheSameFiguresAndSaysSo() {
    SortedMap<Integer, Figures> confirmed =
        estimate(BASE, CLERKS, accountsPayable(7, false, 1)).role(7);
    SortedMap<Integer, Figures> estimated =
        estimate(BASE, CLERKS, accountsPayable(7, true, 0.34)).role(7);

    for (int year = 2026; year <= 2030; year++) {
      assertThat(estimated.get(year).realistic()).isEqualTo(confirmed.get(year).realistic());
      assertThat(estimated.get(year).technical()).isEqualTo(confirmed.get(year).technical());
      assertThat(estimated.get(year).naive()).isEqualTo(confirmed.get(year).naive());
    }
    assertThat(estimated.get(2030).coverage().estimatedShare()).isCloseTo(1, CLOSE);
    assertThat(estimated.get(2030).coverage().confidence()).isCloseTo(0.34, CLOSE);
    assertThat(confirmed.get(2030).coverage().estimatedShare()).isZero();
    assertThat(confirmed.get(2030).coverage().confidence()).isCloseTo(1, CLOSE);
  }

  @Test
  void tasksWithoutATimeShareShareEquallyWhatTheGivenSharesLeave() {
    StaffedRole role = new StaffedRole(5, 1.0, null);
    List<ScoredTask> tasks =
        List.of(
            new ScoredTask(1, 5, 10.0, 90.0, AUTOMATABLE, 0.5, 1, 60.0, 1, false),
            new ScoredTask(2, 5, 10.0, 90.0, AUTOMATABLE, 0.5, 1, null, 1, false),
            new ScoredTask(3, 5, 10.0, 20.0, MANUAL, 0.5, 1, null, 1, false));

    Figures figures = estimate(BASE, role, tasks).role(5).get(2026);

    assertThat(figures.naive().share()).isCloseTo(0.8, CLOSE);
    assertThat(figures.coverage().tasksWithDerivedShare()).isEqualTo(2);
    assertThat(figures.coverage().fteWithoutCost()).isEqualTo(1);
    assertThat(figures.naive().cost()).as("cost unknown").isZero();
  }

  @Test
  void aRoleThatGivesNoTimeSharesDividesItsTimeEqually() {
    StaffedRole role = new StaffedRole(5, 3.0, 40_000.0);
    List<ScoredTask> tasks =
        List.of(
            new ScoredTask(1, 5, 10.0, 90.0, AUTOMATABLE, 0.5, 1, null, 1, false),
            new ScoredTask(2, 5, 10.0, 90.0, AUTOMATABLE, null, 1, null, 1, false),
            new ScoredTask(3, 5, null, null, TaskClass.UNSCORED, null, null, null, 0, false));

    Figures figures = estimate(BASE, role, tasks).role(5).get(2030);

    assertThat(figures.naive().share()).isCloseTo(2 / 3.0, CLOSE);
    assertThat(figures.technical().share()).isCloseTo(1 / 3.0 * 64 / 65, CLOSE);
    assertThat(figures.coverage().unknownLengthShare()).isCloseTo(1 / 3.0, CLOSE);
    assertThat(figures.coverage().unscoredShare()).isCloseTo(1 / 3.0, CLOSE);
    assertThat(figures.coverage().tasksWithDerivedShare()).isEqualTo(3);
  }

  @Test
  void aRoleWithUnknownHeadcountCountsNoHoursAndIsCounted() {
    StaffedRole unknown = new StaffedRole(6, null, 60_000.0);

    Figures figures =
        estimate(BASE, unknown, accountsPayable(6, false, 1)).organisation().get(2030);

    assertThat(figures.hours()).isZero();
    assertThat(figures.coverage().rolesWithoutHeadcount()).isEqualTo(1);
  }

  @Test
  void groupsAreTheSumsOfTheirRolesWithCaptureDecidedWithinEachRole() {
    Workforce workforce = clerksAndPostRoom(false, 1);
    SubstitutionEstimate estimate =
        new SubstitutionEngine(BASE.withReliability(1, 2, 4)).estimate(workforce);

    Map<String, SortedMap<Integer, Figures>> departments =
        estimate.groupedBy(role -> role == 7 ? "Finance" : "Post room");
    Figures organisation = estimate.organisation().get(2030);

    // hard cut-off; 2030: clerks' invoices (from 2026) all in use, the payment run (fits 4 h from
    // 2027)
    // 4/5: freed 0.64 × (0.5 + 0.32) × 4 = 2.0992 FTE; the small role all freed and captured, 1 FTE
    assertThat(departments).containsOnlyKeys("Finance", "Post room");
    assertThat(departments.get("Post room").get(2030).realistic().fte()).isCloseTo(1, CLOSE);
    assertThat(organisation.fte()).isEqualTo(5);
    assertThat(organisation.realistic().fte()).isCloseTo(2.0992 + 1, CLOSE);
    assertThat(organisation.realistic().share()).isCloseTo((2.0992 + 1) / 5, CLOSE);
    assertThat(organisation.realistic().cost()).isCloseTo(2.0992 * 60_000 + 30_000, within(1e-6));
    assertThat(organisation.naive().share()).isCloseTo((0.9 * 4 + 1) / 5, CLOSE);
  }

  @Test
  void oneYearAloneHasTheFiguresTheWholeEstimateGivesForItAndOnlyYearsItCovers() {
    Workforce workforce = clerksAndPostRoom(true, 0.6);
    SubstitutionEngine engine =
        new SubstitutionEngine(BASE.withContinualLearning(ContinualLearning.in(2028)));
    SubstitutionEstimate whole = engine.estimate(workforce);

    for (int year = 2026; year <= 2030; year++) {
      Map<Long, Figures> alone = engine.estimateIn(workforce, year);
      assertThat(alone).containsOnlyKeys(7L, 8L);
      for (long role : List.of(7L, 8L)) {
        assertThat(alone.get(role)).isEqualTo(whole.role(role).get(year));
      }
    }
    assertThatThrownBy(() -> engine.estimateIn(workforce, 2031))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("The scenario covers 2026 to 2030, not 2031.");
  }

  @Test
  void aTaskOfAnUnknownRoleIsRefused() {
    ScoredTask stray = new ScoredTask(1, 99, 10.0, 90.0, AUTOMATABLE, 0.5, 1, 100.0, 1, false);

    assertThatThrownBy(() -> Workforce.of(List.of(CLERKS), List.of(stray)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Task 1 belongs to role 99, which is not given.");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          a length of 0      | 0   | 3 | 50  | a task length is a number of hours above 0
          an error cost of 6 | 1   | 6 | 50  | error cost is 1–5, not 6
          a share above 100  | 1   | 3 | 120 | a time share is 0–100 %, not 120.0
          """)
  void aTaskTheEngineCannotReadIsRefused(
      String what, double hours, int errorCost, double share, String problem) {
    assertThatThrownBy(
            () -> new ScoredTask(1, 7, 10.0, 90.0, AUTOMATABLE, hours, errorCost, share, 1, false))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining(problem);
  }

  @Test
  void aNegativeHeadcountIsRefused() {
    assertThatThrownBy(() -> new StaffedRole(7, -1.0, null))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Role 7: headcount is a number of FTE ≥ 0, not -1.0.");
  }

  private static List<ScoredTask> concat(List<ScoredTask> a, List<ScoredTask> b) {
    return Stream.concat(a.stream(), b.stream()).toList();
  }
}
