package org.tacit.application.reports.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.tacit.application.library.internal.LibraryBeans.ADA;
import static org.tacit.infrastructure.onet.SmallRelease.CLERKS;
import static org.tacit.infrastructure.onet.SmallRelease.DEVELOPERS;
import static org.tacit.infrastructure.persistence.TestDatabase.inTransaction;
import static org.tacit.infrastructure.persistence.TestDatabase.inTransactionDo;

import jakarta.persistence.EntityManagerFactory;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.logging.Logger;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.tacit.application.access.CallerScope;
import org.tacit.application.economy.EconomyBenchmark;
import org.tacit.application.economy.internal.EconomyCache;
import org.tacit.application.library.internal.OccupationLibraryBeanTest;
import org.tacit.application.reports.SubstitutionReport;
import org.tacit.application.scenarios.YearFigures;
import org.tacit.application.startup.internal.StartupBeans;
import org.tacit.domain.model.library.ActivityProfile;
import org.tacit.domain.model.library.Occupation;
import org.tacit.domain.model.library.OccupationTask;
import org.tacit.domain.model.library.TaskRating;
import org.tacit.domain.model.library.TaskType;
import org.tacit.domain.scenario.SavedScenario;
import org.tacit.domain.scenario.Scenarios;
import org.tacit.infrastructure.persistence.ScenarioRepository;
import org.tacit.infrastructure.persistence.TestDatabase;

/**
 * The US economy benchmark through the service, on H2 and PostgreSQL, from the library in the
 * database.
 */
class EconomyBenchmarkTest {

  private static final Logger LOG = Logger.getLogger(EconomyBenchmarkTest.class.getName());
  private static final CallerScope VIC =
      new CallerScope("vic", Set.of(CallerScope.VIEWER), Set.of("OPS"));

  /** BLS OEWS May 2024, as shipped. */
  private static final double CLERKS_EMPLOYED = 1_455_770;

  private static final double DEVELOPERS_EMPLOYED = 1_654_440;
  private static final String CLERK_SPECIALTY = "43-3031.01";

  @TempDir Path temp;

  private final EconomyCache cache = new EconomyCache();

  @ParameterizedTest
  @EnumSource(TestDatabase.class)
  void theEconomyScoresEachOccupationExactlyAsARoleMadeFromItWithItsEmploymentAsHeadcount(
      TestDatabase database) {
    try (EntityManagerFactory jpa = database.freshJpa()) {
      OccupationLibraryBeanTest.loadSmallRelease(jpa, temp.resolve("release"));
      inTransactionDo(jpa, EconomyBenchmarkTest::addOccupationsBeyondTheRelease);
      long base = seedScenarios(jpa);

      EconomyBenchmark economy = as(jpa, VIC, reports -> reports.economy(base));

      assertThat(economy.libraryRelease()).isEqualTo("O*NET 27.0");
      assertThat(economy.ruleSetVersion()).isEqualTo(1);
      assertThat(economy.occupations())
          .extracting(EconomyBenchmark.OccupationFigures::onetCode)
          .containsExactly(DEVELOPERS, CLERKS, CLERK_SPECIALTY);
      assertThat(economy.occupations().get(1).employment())
          .as("two codes share SOC 43-3031")
          .isEqualTo(CLERKS_EMPLOYED / 2);
      EconomyBenchmark.EmploymentCoverage coverage = economy.coverage();
      assertThat(coverage.withoutTasks()).containsExactly("11-9199.00");
      assertThat(coverage.withoutEmployment()).containsExactly("99-9999.00");
      assertThat(coverage.employmentCounted()).isEqualTo(CLERKS_EMPLOYED + DEVELOPERS_EMPLOYED);

      // the same occupations as roles of an organisation, headcount = employment, all tasks
      OccupationLibraryBeanTest.as(
          jpa,
          ADA,
          library -> {
            economy
                .occupations()
                .forEach(
                    o ->
                        library.newRoleFromOccupation(
                            "FIN",
                            o.onetCode(),
                            null,
                            BigDecimal.valueOf(o.employment()),
                            null,
                            false));
            return null;
          });
      SubstitutionReport organisation = as(jpa, ADA, reports -> reports.report(base));
      assertThat(economy.years()).isEqualTo(organisation.years());
      for (int y = 0; y < economy.years().size(); y++) {
        YearFigures ours = economy.economy().get(y);
        YearFigures theirs = organisation.organisation().get(y);
        assertThat(ours.hours())
            .isCloseTo((CLERKS_EMPLOYED + DEVELOPERS_EMPLOYED) * 1720, within(1e-3));
        assertThat(ours.hours()).isCloseTo(theirs.hours(), within(1e-3));
        assertThat(ours.naiveExposure().share())
            .isCloseTo(theirs.naiveExposure().share(), within(1e-12));
        assertThat(ours.technicallySubstitutable().share())
            .isEqualTo(theirs.technicallySubstitutable().share());
        assertThat(ours.realisticSubstitution().share())
            .isEqualTo(theirs.realisticSubstitution().share());
        assertThat(ours.coverage().confidence())
            .isCloseTo(theirs.coverage().confidence(), within(1e-12));
        assertThat(ours.coverage().unknownLengthShare())
            .isCloseTo(theirs.coverage().unknownLengthShare(), within(1e-12));
      }
      assertThat(economy.economy().get(0).naiveExposure().share()).isGreaterThan(0);
    }
  }

  @ParameterizedTest
  @EnumSource(TestDatabase.class)
  void
      theStarterLibrarysEconomyCoversNearlyAllUsEmploymentAndIsBuiltInSecondsThenServedInMilliseconds(
          TestDatabase database) {
    try (EntityManagerFactory jpa = database.freshJpa()) {
      inTransactionDo(jpa, em -> StartupBeans.loadStarterLibrary(em));
      long base = seedScenarios(jpa);

      Instant started = Instant.now();
      EconomyBenchmark first = as(jpa, VIC, reports -> reports.economy(base));
      Duration building = Duration.between(started, Instant.now());
      started = Instant.now();
      EconomyBenchmark again = as(jpa, VIC, reports -> reports.economy(base));
      Duration cached = Duration.between(started, Instant.now());

      YearFigures now = first.economy().get(0);
      LOG.info(
          () ->
              String.format(
                  "US economy on %s: first call %d ms, cached call %d ms; %d occupations, %.1f %%"
                      + " of employment; naive exposure %.1f %%, unknown length %.1f %%; by class"
                      + " %s; %s",
                  database,
                  building.toMillis(),
                  cached.toMillis(),
                  first.coverage().occupationsCounted(),
                  100 * first.coverage().employmentCountedShare(),
                  100 * now.naiveExposure().share(),
                  100 * now.coverage().unknownLengthShare(),
                  first.hoursShareByClass(),
                  first.publishedEstimates().stream()
                      .map(e -> e.name() + " = " + e.figure())
                      .toList()));
      assertThat(first.coverage().occupations()).isEqualTo(1016);
      assertThat(first.coverage().occupationsCounted()).isGreaterThan(900);
      assertThat(first.coverage().employmentCountedShare()).isGreaterThan(0.95);
      assertThat(now.fte()).isCloseTo(first.coverage().employmentCounted(), within(1e-3));
      assertThat(now.naiveExposure().share()).isBetween(0.2, 0.8);
      assertThat(first.hoursShareByClass().values().stream().mapToDouble(Double::doubleValue).sum())
          .isCloseTo(1, within(1e-9));
      assertThat(again.economy()).isEqualTo(first.economy());
      assertThat(cached).as("a scenario on the kept economy").isLessThan(building);
    }
  }

  /**
   * A specialty sharing the clerks' SOC code, an occupation BLS does not report, and one without
   * tasks.
   */
  private static void addOccupationsBeyondTheRelease(jakarta.persistence.EntityManager em) {
    Map<String, ActivityProfile> added =
        Map.of(
            CLERK_SPECIALTY,
            new ActivityProfile(0, 0, 1, 0),
            "99-9999.00",
            new ActivityProfile(0, 1, 0, 0));
    added.forEach(
        (code, activities) -> {
          Occupation occupation = new Occupation(code, "Occupation " + code, null);
          em.persist(occupation);
          em.persist(
              new OccupationTask(
                  occupation,
                  code.hashCode(),
                  "A task of " + code,
                  TaskType.CORE,
                  TaskRating.UNKNOWN,
                  activities));
        });
    em.persist(new Occupation("11-9199.00", "Managers, All Other", null));
  }

  private static long seedScenarios(EntityManagerFactory jpa) {
    return inTransaction(
        jpa,
        em -> {
          ScenarioRepository scenarios = new ScenarioRepository(em);
          SavedScenario base = new SavedScenario(Scenarios.base(), "test", Instant.now());
          scenarios.add(base);
          em.flush();
          return base.id();
        });
  }

  private <T> T as(
      EntityManagerFactory jpa, CallerScope caller, Function<SubstitutionReportsBean, T> call) {
    return inTransaction(jpa, em -> call.apply(ReportBeans.reports(em, caller, cache)));
  }
}
