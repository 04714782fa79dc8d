package org.tacit.application.reports.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.tacit.application.reports.internal.ReportBeans.as;
import static org.tacit.infrastructure.persistence.TestDatabase.inTransaction;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.Year;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.tacit.application.access.CallerScope;
import org.tacit.application.economy.internal.EconomyCache;
import org.tacit.application.reports.Dashboard;
import org.tacit.application.reports.SubstitutionReport;
import org.tacit.application.scenarios.ScenarioSummary;
import org.tacit.application.scenarios.YearFigures;
import org.tacit.application.scenarios.internal.ScenarioBeans;
import org.tacit.application.scenarios.internal.ScenarioServiceBean;
import org.tacit.domain.model.inventory.InventoryChange;
import org.tacit.domain.model.inventory.InventoryChange.Action;
import org.tacit.domain.model.inventory.Role;
import org.tacit.domain.model.inventory.Task;
import org.tacit.domain.model.inventory.TaskFact;
import org.tacit.domain.model.inventory.TaskFacts;
import org.tacit.domain.model.organisation.Department;
import org.tacit.domain.report.ExportFormat;
import org.tacit.infrastructure.persistence.InventoryRepository;
import org.tacit.infrastructure.persistence.TestDatabase;

class SubstitutionReportsTest {

  static final CallerScope ANNA = new CallerScope("anna", Set.of(CallerScope.ANALYST), Set.of());
  static final CallerScope FIN_EDITOR =
      new CallerScope("hedda", Set.of(CallerScope.EDITOR), Set.of("FIN"));

  @ParameterizedTest
  @EnumSource(TestDatabase.class)
  void
      aClerkWhoseOneTaskAiCanDoIsExposedAtOnceSubstitutableAtOnceAndRealisticallyReplacedAsAdoptionGoesOn(
          TestDatabase database) {
    try (EntityManagerFactory jpa = database.freshJpa()) {
      organisation(jpa);
      ScenarioBeans.presets(jpa);
      List<ScenarioSummary> scenarios = ScenarioBeans.as(jpa, ANNA, ScenarioServiceBean::scenarios);
      assertThat(scenarios)
          .extracting(ScenarioSummary::name)
          .containsExactly("Base", "Cautious", "Continual learning by 2030", "Fast");
      ScenarioSummary base = scenarios.get(0);
      assertThat(base.assumptions()).allSatisfy(a -> assertThat(a.source()).isNotBlank());

      SubstitutionReport report = as(jpa, ANNA, r -> r.report(base.id()));
      int thisYear = Year.now().getValue();
      assertThat(report.years()).first().isEqualTo(thisYear);
      assertThat(report.years()).hasSize(11);

      // Finance: 2 FTE of clerks, one task at 100 %: short, digital, checkable, no learning need
      SubstitutionReport.GroupFigures finance =
          report.departments().stream()
              .filter(d -> d.key().equals("FIN"))
              .findFirst()
              .orElseThrow();
      YearFigures first = finance.years().get(0);
      assertThat(first.hours()).isCloseTo(2 * 1720.0, within(0.01));
      assertThat(first.naiveExposure().share()).isCloseTo(1.0, within(1e-9));
      // short enough that the success curve gives AI most of it at once, and nearly all of it later
      double technical = first.technicallySubstitutable().share();
      assertThat(technical).isBetween(0.5, 1.0);
      assertThat(finance.years().get(10).technicallySubstitutable().share()).isGreaterThan(0.99);
      // Adoption takes 5 years in the base scenario: 1/5 of those hours are freed in the first
      // year,
      // and capture of that thin a fragment is 0.5 + 0.5 × the freed share
      double freed = technical / 5;
      assertThat(first.realisticSubstitution().share())
          .isCloseTo(freed * (0.5 + 0.5 * freed), within(1e-9));
      assertThat(finance.years().get(10).realisticSubstitution().fte()).isGreaterThan(1.9);

      // Operations: a driver, physical work: neither exposed nor substitutable in any year
      SubstitutionReport.GroupFigures operations =
          report.departments().stream()
              .filter(d -> d.key().equals("OPS"))
              .findFirst()
              .orElseThrow();
      assertThat(operations.years())
          .allSatisfy(y -> assertThat(y.naiveExposure().share()).isZero());

      for (YearFigures year : report.organisation()) {
        assertThat(year.naiveExposure().share())
            .isGreaterThanOrEqualTo(year.technicallySubstitutable().share());
        assertThat(year.technicallySubstitutable().share())
            .isGreaterThanOrEqualTo(year.realisticSubstitution().share());
      }

      String csv =
          as(
              jpa,
              ANNA,
              r -> {
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                try {
                  r.export(base.id(), ExportFormat.CSV, out);
                } catch (IOException e) {
                  throw new UncheckedIOException(e);
                }
                return out.toString(StandardCharsets.UTF_8);
              });
      List<String> lines = csv.lines().toList();
      assertThat(lines.get(0)).endsWith(String.join(",", SubstitutionTable.HEADER));
      assertThat(lines)
          .hasSize(1 + (1 + 2 + 2) * 11); // organisation, two departments, two roles; 11 years
      assertThat(lines)
          .anySatisfy(
              line ->
                  assertThat(line)
                      .startsWith(
                          "Base,1,department,FIN,Finance,FIN,"
                              + thisYear
                              + ",3440.0000,2.0000,100000.0000,1.0000,2.0000,"
                              + String.format(
                                  Locale.ROOT, "%.4f,%.4f,", technical, technical * 2)));

      SubstitutionReport own = as(jpa, FIN_EDITOR, r -> r.report(base.id()));
      assertThat(own.departments())
          .extracting(SubstitutionReport.GroupFigures::key)
          .containsExactly("FIN");
      assertThat(own.roles())
          .extracting(SubstitutionReport.GroupFigures::departmentCode)
          .containsOnly("FIN");
    }
  }

  @ParameterizedTest
  @EnumSource(TestDatabase.class)
  void theDashboardPutsEachDepartmentsHoursInTheClassOfTheirTasksAndShowsEachRolesFacts(
      TestDatabase database) {
    try (EntityManagerFactory jpa = database.freshJpa()) {
      organisation(jpa);
      Dashboard dashboard = as(jpa, ANNA, SubstitutionReportsBean::dashboard);

      Map<String, Dashboard.ClassHours> byCode =
          dashboard.departments().stream()
              .collect(java.util.stream.Collectors.toMap(Dashboard.ClassHours::code, d -> d));
      assertThat(byCode.get("FIN").hours())
          .containsEntry("AUTOMATABLE", 2 * 1720.0)
          .containsEntry("MANUAL", 0.0);
      assertThat(byCode.get("OPS").hours())
          .containsEntry("AUTOMATABLE", 0.0)
          .containsEntry("MANUAL", 3 * 1720.0);

      List<String> columns = dashboard.facts().stream().map(Dashboard.FactColumn::column).toList();
      Dashboard.RoleProfile clerk =
          dashboard.roles().stream()
              .filter(r -> r.title().equals("Accounts clerk"))
              .findFirst()
              .orElseThrow();
      assertThat(clerk.departmentCode()).isEqualTo("FIN");
      assertThat(clerk.fte()).isEqualTo(2.0);
      Dashboard.FactLevel digital = clerk.facts().get(columns.indexOf("digital_io"));
      assertThat(digital.mean()).isEqualTo(5.0);
      assertThat(digital.known()).isEqualTo(1.0);
      assertThat(digital.estimated()).isZero();
      assertThat(clerk.facts().get(columns.indexOf("novelty")).mean()).isNull();

      Dashboard own = as(jpa, FIN_EDITOR, SubstitutionReportsBean::dashboard);
      assertThat(own.departments()).extracting(Dashboard.ClassHours::code).containsExactly("FIN");
      assertThat(own.roles()).extracting(Dashboard.RoleProfile::departmentCode).containsOnly("FIN");
    }
  }

  @ParameterizedTest
  @EnumSource(TestDatabase.class)
  void everyYearSaysWhatHoldsBackTheHoursThatAreNotRealisticAndWhichAnswersWouldReleaseThem(
      TestDatabase database) {
    try (EntityManagerFactory jpa = database.freshJpa()) {
      organisation(jpa);
      long paralegal = aRoleWhoseReadyTaskHasNoLength(jpa);
      ScenarioBeans.presets(jpa);
      ScenarioSummary base = ScenarioBeans.as(jpa, ANNA, ScenarioServiceBean::scenarios).get(0);

      SubstitutionReport report = as(jpa, ANNA, r -> r.report(base.id()));
      List<YearFigures> every = new java.util.ArrayList<>(report.organisation());
      report.departments().forEach(d -> every.addAll(d.years()));
      report.roles().forEach(r -> every.addAll(r.years()));
      assertThat(every)
          .allSatisfy(
              year -> {
                YearFigures.Holdback h = year.holdback();
                double held =
                    h.notReady().hours()
                        + h.learningNeed().hours()
                        + h.taskLength().hours()
                        + h.unknownLength().hours()
                        + h.adoptionAndCapture().hours();
                assertThat(held + year.realisticSubstitution().hours())
                    .isCloseTo(year.hours(), within(1e-6));
              });
      // Ready for AI, but nobody said how long it takes: all its hours wait on a length, every year
      SubstitutionReport.GroupFigures legal =
          report.roles().stream()
              .filter(r -> r.key().equals(Long.toString(paralegal)))
              .findFirst()
              .orElseThrow();
      assertThat(legal.years())
          .allSatisfy(
              y -> {
                assertThat(y.realisticSubstitution().share()).isZero();
                assertThat(y.holdback().unknownLength().share()).isCloseTo(1.0, within(1e-9));
                assertThat(y.holdback().unknownLength().hours()).isCloseTo(1720.0, within(1e-6));
              });
      // The driver's work is physical: not ready, whatever the year
      SubstitutionReport.GroupFigures operations =
          report.departments().stream()
              .filter(d -> d.key().equals("OPS"))
              .findFirst()
              .orElseThrow();
      assertThat(operations.years())
          .allSatisfy(
              y -> assertThat(y.holdback().notReady().share()).isCloseTo(1.0, within(1e-9)));

      assertThat(report.openAnswers())
          .first()
          .satisfies(
              open -> {
                assertThat(open.roleId()).isEqualTo(paralegal);
                assertThat(open.roleTitle()).isEqualTo("Paralegal");
                assertThat(open.departmentCode()).isEqualTo("LEG");
                assertThat(open.kind()).isEqualTo("NO_LENGTH");
                assertThat(open.taskIds()).hasSize(1);
                assertThat(open.hours()).isCloseTo(1720.0, within(1e-6));
              });

      SubstitutionReport own = as(jpa, FIN_EDITOR, r -> r.report(base.id()));
      // Finance's one task is confirmed and short: hedda has nothing to answer, and sees no other
      // department's
      assertThat(own.openAnswers()).isEmpty();
    }
  }

  @ParameterizedTest
  @EnumSource(TestDatabase.class)
  void theHeadlineComesWithItsRangeAcrossThePresetsAndHowFarEachAssumptionMovesIt(
      TestDatabase database) {
    try (EntityManagerFactory jpa = database.freshJpa()) {
      organisation(jpa);
      aRoleWhoseReadyTaskHasNoLength(jpa);
      ScenarioBeans.presets(jpa);
      ScenarioSummary base = ScenarioBeans.as(jpa, ANNA, ScenarioServiceBean::scenarios).get(0);

      SubstitutionReport report = as(jpa, ANNA, r -> r.report(base.id()));
      YearFigures last = report.organisation().get(report.organisation().size() - 1);
      SubstitutionReport.Certainty certainty = report.certainty();
      SubstitutionReport.PresetRange whole = certainty.organisation();
      assertThat(whole.key()).isNull();
      assertThat(whole.year()).isEqualTo(last.year());
      assertThat(last.realisticSubstitution().share())
          .isBetween(whole.realistic().low(), whole.realistic().high());
      assertThat(last.technicallySubstitutable().share())
          .isBetween(whole.technical().low(), whole.technical().high());
      assertThat(whole.realistic().lowScenario()).isEqualTo("Cautious");
      assertThat(whole.realistic().low()).isLessThan(whole.realistic().high());
      assertThat(certainty.departments())
          .extracting(SubstitutionReport.PresetRange::key)
          .containsExactly("FIN", "LEG", "OPS");

      SubstitutionReport.Sensitivity sensitivity = certainty.sensitivity();
      assertThat(sensitivity.share()).isCloseTo(last.realisticSubstitution().share(), within(1e-9));
      assertThat(sensitivity.swings()).hasSize(6);
      assertThat(sensitivity.swings())
          .extracting(s -> Math.abs(s.fast() - s.cautious()))
          .isSortedAccordingTo(java.util.Comparator.reverseOrder());
      assertThat(sensitivity.swings())
          .filteredOn(s -> s.swing().equals("ADOPTION"))
          .singleElement()
          .satisfies(
              s -> {
                assertThat(s.assumption()).isEqualTo("years from capable to full use");
                assertThat(s.cautiousValue()).isEqualTo("8");
                assertThat(s.fastValue()).isEqualTo("3");
              });
      SubstitutionReport.Certainty again = as(jpa, ANNA, r -> r.certainty(base.id()));
      assertThat(again).isEqualTo(certainty);

      // The dashboard carries no certainty, and a role's holdback only in the last year
      Dashboard dashboard = as(jpa, ANNA, SubstitutionReportsBean::dashboard);
      SubstitutionReport onPage = dashboard.reports().get(0);
      assertThat(onPage.certainty()).isNull();
      assertThat(onPage.organisation()).allSatisfy(y -> assertThat(y.holdback()).isNotNull());
      assertThat(onPage.roles())
          .allSatisfy(
              r -> {
                assertThat(r.years().subList(0, r.years().size() - 1))
                    .allSatisfy(y -> assertThat(y.holdback()).isNull());
                assertThat(r.years().get(r.years().size() - 1).holdback()).isNotNull();
              });

      SubstitutionReport.Certainty own = as(jpa, FIN_EDITOR, r -> r.certainty(base.id()));
      assertThat(own.departments())
          .extracting(SubstitutionReport.PresetRange::key)
          .containsExactly("FIN");
    }
  }

  @ParameterizedTest
  @EnumSource(TestDatabase.class)
  void
      everyPresetsRuleReproducesTheRemoteLaborIndexWithinAFactorOfTwoButTheCautiousAndFastOnesMayNot(
          TestDatabase database) {
    try (EntityManagerFactory jpa = database.freshJpa()) {
      ScenarioBeans.presets(jpa);
      List<org.tacit.application.scenarios.RealWorkComparison> checks =
          as(jpa, ANNA, SubstitutionReportsBean::realWorkChecks);
      assertThat(checks)
          .extracting(org.tacit.application.scenarios.RealWorkComparison::scenarioName)
          .containsExactly("Base", "Cautious", "Continual learning by 2030", "Fast");
      org.tacit.application.scenarios.RealWorkComparison base = checks.get(0);
      assertThat(base.work()).contains("Remote Labor Index");
      assertThat(base.typicalHours()).isEqualTo(11.5);
      assertThat(base.measuredRate()).isEqualTo(0.025);
      assertThat(base.holds()).isTrue();
      assertThat(base.predicted() / base.measuredRate()).isBetween(0.5, 2.0);
    }
  }

  /** A paralegal in Legal whose one task is ready for AI but has no length; its id. */
  static long aRoleWhoseReadyTaskHasNoLength(EntityManagerFactory jpa) {
    return inTransaction(
        jpa,
        em -> {
          Department legal = new Department("LEG", "Legal", null);
          em.persist(legal);
          Role paralegal = new Role(legal, null, "Paralegal");
          paralegal.staff(BigDecimal.ONE, new BigDecimal("60000"));
          em.persist(paralegal);
          em.persist(
              new Task(
                  paralegal,
                  "Check contracts against the template",
                  new BigDecimal("100"),
                  TaskFacts.confirmed(
                      Map.of(
                          TaskFact.DIGITAL_IO,
                          new BigDecimal("5"),
                          TaskFact.VERIFIABILITY,
                          new BigDecimal("5"),
                          TaskFact.PHYSICAL_PRESENCE,
                          BigDecimal.ONE,
                          TaskFact.ERROR_COST,
                          BigDecimal.ONE,
                          TaskFact.TACIT_CONTEXT,
                          BigDecimal.ONE,
                          TaskFact.TIME_TO_PROFICIENCY,
                          BigDecimal.ONE))));
          em.flush();
          return paralegal.id();
        });
  }

  @ParameterizedTest
  @EnumSource(TestDatabase.class)
  void theFiguresAreSharedByEveryCallerUntilAnEditChangesTheInventory(TestDatabase database) {
    try (EntityManagerFactory jpa = database.freshJpa()) {
      organisation(jpa);
      ScenarioBeans.presets(jpa);
      long base = ScenarioBeans.as(jpa, ANNA, ScenarioServiceBean::scenarios).get(0).id();
      FigureCache server = new FigureCache();
      SubstitutionReport analysts = kept(jpa, server, ANNA, base);

      SubstitutionReport editors = kept(jpa, server, FIN_EDITOR, base);
      assertThat(editors.departments()).extracting(d -> d.key()).containsExactly("FIN");
      assertThat(editors.departments().get(0))
          .as("the editor's slice of the same scoring")
          .isEqualTo(analysts.departments().get(0));
      assertThat(kept(jpa, server, ANNA, base).organisation())
          .as("kept")
          .isSameAs(analysts.organisation());

      clerkGoesFromTwoToFourFte(jpa);

      SubstitutionReport after = kept(jpa, server, FIN_EDITOR, base);
      assertThat(after.departments().get(0).years().get(0).hours())
          .as("the edit shows at once")
          .isCloseTo(4 * 1720.0, within(0.01));
    }
  }

  /**
   * After each kind of change, the figures of the organisation scored from the one before (reading
   * only what changed) are those of the organisation read whole by a server that kept nothing.
   */
  @ParameterizedTest
  @EnumSource(TestDatabase.class)
  void afterEveryKindOfChangeTheFiguresReadFromTheOnesBeforeAreThoseOfAWholeRead(
      TestDatabase database) {
    try (EntityManagerFactory jpa = database.freshJpa()) {
      organisation(jpa);
      ScenarioBeans.presets(jpa);
      long base = ScenarioBeans.as(jpa, ANNA, ScenarioServiceBean::scenarios).get(0).id();
      FigureCache server = new FigureCache();
      kept(jpa, server, ANNA, base);

      List<Consumer<EntityManager>> changes =
          List.of(
              em -> task(em, "Match invoices to purchase orders").revise(TaskFacts.none()),
              em -> role(em, "Delivery driver").staff(new BigDecimal("7"), new BigDecimal("41000")),
              em ->
                  em.createQuery(
                          "select d from Department d where d.code = 'OPS'", Department.class)
                      .getSingleResult()
                      .rename("Operations and logistics"),
              em -> role(em, "Accounts clerk").retitle("Accounts payable clerk"),
              em ->
                  em.persist(
                      new Task(
                          role(em, "Delivery driver"), "Load the van", null, TaskFacts.none())),
              em -> em.remove(task(em, "Load the van")));
      for (Consumer<EntityManager> change : changes) {
        inTransaction(
            jpa,
            em -> {
              change.accept(em);
              new InventoryRepository(em)
                  .record(
                      new InventoryChange(
                          Instant.now(),
                          "hedda",
                          role(em, "Delivery driver"),
                          Action.CHANGED,
                          "test",
                          null,
                          null));
              return null;
            });
        SubstitutionReport scoredFromBefore = kept(jpa, server, ANNA, base);
        SubstitutionReport readWhole = kept(jpa, new FigureCache(), ANNA, base);
        assertThat(scoredFromBefore.organisation()).isEqualTo(readWhole.organisation());
        assertThat(scoredFromBefore.departments()).isEqualTo(readWhole.departments());
        assertThat(scoredFromBefore.roles()).isEqualTo(readWhole.roles());
      }
    }
  }

  private static Task task(EntityManager em, String statement) {
    return em.createQuery("select t from Task t where t.statement = :s", Task.class)
        .setParameter("s", statement)
        .getSingleResult();
  }

  private static Role role(EntityManager em, String title) {
    return em.createQuery("select r from Role r where r.title = :t", Role.class)
        .setParameter("t", title)
        .getSingleResult();
  }

  @ParameterizedTest
  @EnumSource(TestDatabase.class)
  void afterAnEditTheDashboardShowsTheFiguresBeforeSayingSoUntilTheCurrentOnesAreComputed(
      TestDatabase database) {
    try (EntityManagerFactory jpa = database.freshJpa()) {
      organisation(jpa);
      ScenarioBeans.presets(jpa);
      // A refresh that runs only when the test says so
      FigureCache server = new FigureCache();
      Dashboard before = dashboard(jpa, server, FIN_EDITOR);
      assertThat(before.freshness().current()).isTrue();
      server.scored(100_000); // as if the organisation were that large

      clerkGoesFromTwoToFourFte(jpa);

      Dashboard meanwhile = dashboard(jpa, server, FIN_EDITOR);
      assertThat(meanwhile.freshness().current()).as("says it is not current").isFalse();
      assertThat(meanwhile.freshness().asOf()).isNotNull();
      assertThat(financeHours(meanwhile))
          .as("the figures before")
          .isCloseTo(2 * 1720.0, within(0.01));

      inTransaction(
          jpa,
          em -> {
            ReportBeans.refresh(em, server).refresh();
            return null;
          });
      Dashboard after = dashboard(jpa, server, FIN_EDITOR);
      assertThat(after.freshness().current()).isTrue();
      assertThat(financeHours(after))
          .as("computed in the background")
          .isCloseTo(4 * 1720.0, within(0.01));
      assertThat(
              kept(jpa, server, FIN_EDITOR, after.reports().get(0).scenario().id()).departments())
          .as("an export reads the current figures")
          .isEqualTo(after.reports().get(0).departments());
    }
  }

  /** An editor's change, recorded as the inventory records every change. */
  private static void clerkGoesFromTwoToFourFte(EntityManagerFactory jpa) {
    inTransaction(
        jpa,
        em -> {
          Role clerk =
              em.createQuery("select r from Role r where r.title = 'Accounts clerk'", Role.class)
                  .getSingleResult();
          clerk.staff(new BigDecimal("4"), new BigDecimal("50000"));
          new InventoryRepository(em)
              .record(
                  new InventoryChange(
                      Instant.now(), "hedda", clerk, Action.CHANGED, "role", "2 FTE", "4 FTE"));
          return null;
        });
  }

  private static Dashboard dashboard(
      EntityManagerFactory jpa, FigureCache server, CallerScope caller) {
    FigureRefresh later =
        new FigureRefresh() {
          @Override
          public void refresh() {
            // started, but runs only when the test runs it
          }
        };
    return inTransaction(
        jpa, em -> ReportBeans.reports(em, caller, new EconomyCache(), server, later).dashboard());
  }

  private static double financeHours(Dashboard dashboard) {
    return dashboard.reports().get(0).departments().get(0).years().get(0).hours();
  }

  private static SubstitutionReport kept(
      EntityManagerFactory jpa, FigureCache server, CallerScope caller, long scenarioId) {
    return inTransaction(
        jpa, em -> ReportBeans.reports(em, caller, new EconomyCache(), server).report(scenarioId));
  }

  static void organisation(EntityManagerFactory jpa) {
    inTransaction(
        jpa,
        em -> {
          Department finance = new Department("FIN", "Finance", null);
          Department operations = new Department("OPS", "Operations", null);
          em.persist(finance);
          em.persist(operations);
          Role clerk = new Role(finance, null, "Accounts clerk");
          clerk.staff(new BigDecimal("2"), new BigDecimal("50000"));
          em.persist(clerk);
          em.persist(
              new Task(
                  clerk,
                  "Match invoices to purchase orders",
                  new BigDecimal("100"),
                  TaskFacts.confirmed(
                      Map.of(
                          TaskFact.DIGITAL_IO,
                          new BigDecimal("5"),
                          TaskFact.VERIFIABILITY,
                          new BigDecimal("5"),
                          TaskFact.PHYSICAL_PRESENCE,
                          BigDecimal.ONE,
                          TaskFact.TASK_LENGTH_HOURS,
                          new BigDecimal("0.1"),
                          TaskFact.ERROR_COST,
                          BigDecimal.ONE,
                          TaskFact.TACIT_CONTEXT,
                          BigDecimal.ONE,
                          TaskFact.TIME_TO_PROFICIENCY,
                          BigDecimal.ONE))));
          Role driver = new Role(operations, null, "Delivery driver");
          driver.staff(new BigDecimal("3"), new BigDecimal("40000"));
          em.persist(driver);
          em.persist(
              new Task(
                  driver,
                  "Drive the delivery route",
                  new BigDecimal("100"),
                  TaskFacts.confirmed(
                      Map.of(
                          TaskFact.PHYSICAL_PRESENCE,
                          new BigDecimal("5"),
                          TaskFact.DIGITAL_IO,
                          BigDecimal.ONE,
                          TaskFact.TIME_TO_PROFICIENCY,
                          new BigDecimal("2")))));
          return null;
        });
  }
}
