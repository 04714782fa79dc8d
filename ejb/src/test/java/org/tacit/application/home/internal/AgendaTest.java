package org.tacit.application.home.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tacit.infrastructure.persistence.TestDatabase.inTransaction;
import static org.tacit.infrastructure.persistence.TestDatabase.inTransactionDo;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.tacit.application.access.CallerScope;
import org.tacit.application.access.Callers;
import org.tacit.application.access.Scopes;
import org.tacit.application.economy.internal.EconomyCache;
import org.tacit.application.home.AgendaFigures;
import org.tacit.application.home.AgendaItems;
import org.tacit.application.home.AgendaItems.RecentChange;
import org.tacit.application.home.AgendaItems.ShareGap;
import org.tacit.application.reports.SubstitutionReport.OpenAnswer;
import org.tacit.application.reports.internal.ReportBeans;
import org.tacit.application.scenarios.internal.ScenarioBeans;
import org.tacit.domain.model.inventory.InventoryChange;
import org.tacit.domain.model.inventory.Role;
import org.tacit.domain.model.inventory.Task;
import org.tacit.domain.model.inventory.TaskFact;
import org.tacit.domain.model.inventory.TaskFacts;
import org.tacit.domain.model.organisation.Department;
import org.tacit.infrastructure.persistence.AgendaRepository;
import org.tacit.infrastructure.persistence.AssessmentRepository;
import org.tacit.infrastructure.persistence.InventoryRepository;
import org.tacit.infrastructure.persistence.TestDatabase;

class AgendaTest {

  static final CallerScope ANNA = new CallerScope("anna", Set.of(CallerScope.ANALYST), Set.of());
  static final CallerScope HEDDA =
      new CallerScope("hedda", Set.of(CallerScope.EDITOR), Set.of("FIN"));
  static final CallerScope NEW_EDITOR =
      new CallerScope("nora", Set.of(CallerScope.EDITOR), Set.of("HR"));
  static final CallerScope VIC = new CallerScope("vic", Set.of(CallerScope.VIEWER), Set.of("OPS"));

  @ParameterizedTest
  @EnumSource(TestDatabase.class)
  void anHrEditorIsToldOnlyOfTheirOwnDepartments(TestDatabase database) {
    try (EntityManagerFactory jpa = database.freshJpa()) {
      organisation(jpa);

      AgendaItems hedda = as(jpa, HEDDA, AgendaBean::items);
      assertThat(hedda.firstSteps()).isNull();
      assertThat(hedda.shares().top())
          .extracting(ShareGap::roleTitle)
          .containsExactly("Accounts clerk");
      assertThat(hedda.shares().top().get(0).total()).isEqualByComparingTo("60");
      assertThat(hedda.changes())
          .extracting(RecentChange::roleTitle, RecentChange::actor, RecentChange::count)
          .containsExactly(org.assertj.core.groups.Tuple.tuple("Accounts clerk", "ada", 2L));
      assertThat(hedda.runs()).isNotNull();
      assertThat(hedda.runs().isEmpty()).isTrue();

      AgendaFigures figures = as(jpa, HEDDA, bean -> bean.figures().orElseThrow());
      assertThat(figures.scenarioName()).isEqualTo("Base");
      assertThat(figures.openAnswers().top())
          .extracting(OpenAnswer::departmentCode)
          .containsOnly("FIN");
      assertThat(figures.estimated().top()).extracting(e -> e.departmentCode()).containsOnly("FIN");
      assertThat(figures.estimated().top()).isNotEmpty();

      AgendaItems vic = as(jpa, VIC, AgendaBean::items);
      assertThat(vic.shares().top()).extracting(ShareGap::departmentCode).containsOnly("OPS");
      assertThat(vic.changes())
          .extracting(RecentChange::departmentCode)
          .containsExactly("OPS", "OPS");
      assertThat(vic.runs()).as("a viewer starts no runs").isNull();
    }
  }

  @ParameterizedTest
  @EnumSource(TestDatabase.class)
  void theAnalystSeesEveryDepartmentAndNotTheirOwnChanges(TestDatabase database) {
    try (EntityManagerFactory jpa = database.freshJpa()) {
      organisation(jpa);

      AgendaItems anna = as(jpa, ANNA, AgendaBean::items);

      assertThat(anna.shares().top())
          .extracting(ShareGap::roleTitle)
          .containsExactly("Accounts clerk", "Delivery driver");
      assertThat(anna.shares().total()).isEqualTo(2);
      assertThat(anna.changes()).extracting(RecentChange::actor).doesNotContain("anna");
      assertThat(anna.changes())
          .extracting(RecentChange::roleTitle)
          .containsExactly("Delivery driver", "Accounts clerk", "Delivery driver");
    }
  }

  @ParameterizedTest
  @EnumSource(TestDatabase.class)
  void anEditorWhoseDepartmentHasNoRoleIsOfferedTheFirstSteps(TestDatabase database) {
    try (EntityManagerFactory jpa = database.freshJpa()) {
      organisation(jpa);

      AgendaItems nora = as(jpa, NEW_EDITOR, AgendaBean::items);

      assertThat(nora.firstSteps()).isNotNull();
      assertThat(nora.firstSteps().mayImport()).isTrue();
      assertThat(nora.firstSteps().mayStartRole()).as("HR exists, with no role yet").isTrue();
      assertThat(nora.shares().isEmpty()).isTrue();
      assertThat(nora.changes()).isEmpty();
      AgendaItems.FirstSteps vicSteps = as(jpa, VIC, bean -> bean.items().firstSteps());
      assertThat(vicSteps).isNull();
    }
  }

  private static <T> T as(
      EntityManagerFactory jpa, CallerScope caller, Function<AgendaBean, T> call) {
    return inTransaction(jpa, em -> call.apply(agenda(em, caller)));
  }

  static AgendaBean agenda(EntityManager em, CallerScope caller) {
    AgendaBean bean = new AgendaBean();
    bean.callers =
        new Callers() {
          @Override
          public CallerScope current() {
            return caller;
          }
        };
    bean.inventory = new InventoryRepository(em);
    bean.scopes = new Scopes(bean.inventory);
    bean.agenda = new AgendaRepository(em);
    bean.runs = new AssessmentRepository(em);
    bean.reports = ReportBeans.reports(em, caller, new EconomyCache());
    return bean;
  }

  /**
   * Finance: a clerk whose shares add up to 60, resting on estimates; Operations: a driver at 112.5
   * and a mechanic who adds up; HR: no role. Ada changed the clerk twice and the driver once, anna
   * the mechanic, vic the driver last.
   */
  private static void organisation(EntityManagerFactory jpa) {
    ScenarioBeans.presets(jpa);
    inTransactionDo(
        jpa,
        em -> {
          Department finance = new Department("FIN", "Finance", null);
          Department operations = new Department("OPS", "Operations", null);
          em.persist(finance);
          em.persist(operations);
          em.persist(new Department("HR", "Human resources", null));
          Role clerk = role(em, finance, "Accounts clerk");
          em.persist(new Task(clerk, "Match invoices", new BigDecimal("40"), estimated()));
          em.persist(new Task(clerk, "File receipts", new BigDecimal("20"), estimated()));
          Role driver = role(em, operations, "Delivery driver");
          em.persist(new Task(driver, "Drive the route", new BigDecimal("100"), estimated()));
          em.persist(new Task(driver, "Load the van", new BigDecimal("12.5"), estimated()));
          Role mechanic = role(em, operations, "Mechanic");
          em.persist(new Task(mechanic, "Service the vans", new BigDecimal("100"), estimated()));
          em.flush();
          change(em, "ada", clerk, "2026-12-01T09:00:00Z");
          change(em, "ada", clerk, "2026-12-02T09:00:00Z");
          change(em, "ada", driver, "2026-12-01T08:00:00Z");
          change(em, "anna", mechanic, "2026-12-05T09:00:00Z");
          change(em, "vic", driver, "2026-12-04T09:00:00Z");
        });
  }

  private static Role role(EntityManager em, Department department, String title) {
    Role role = new Role(department, null, title);
    role.staff(new BigDecimal("2"), new BigDecimal("50000"));
    em.persist(role);
    return role;
  }

  private static TaskFacts estimated() {
    return TaskFacts.estimated(
        Map.of(
            TaskFact.DIGITAL_IO, new BigDecimal("5"),
            TaskFact.VERIFIABILITY, new BigDecimal("5"),
            TaskFact.PHYSICAL_PRESENCE, BigDecimal.ONE,
            TaskFact.TASK_LENGTH_HOURS, new BigDecimal("0.1"),
            TaskFact.ERROR_COST, BigDecimal.ONE,
            TaskFact.TACIT_CONTEXT, new BigDecimal("4"),
            TaskFact.TIME_TO_PROFICIENCY, new BigDecimal("4")));
  }

  private static void change(EntityManager em, String actor, Role role, String at) {
    em.persist(
        new InventoryChange(
            Instant.parse(at),
            actor,
            role,
            InventoryChange.Action.CHANGED,
            "a task",
            "before",
            "after"));
  }
}
