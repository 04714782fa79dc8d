package org.tacit.infrastructure.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.tacit.infrastructure.persistence.TestDatabase.inTransaction;
import static org.tacit.infrastructure.persistence.TestDatabase.inTransactionDo;

import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.RollbackException;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.tacit.domain.model.inventory.Provenance;
import org.tacit.domain.model.inventory.Role;
import org.tacit.domain.model.inventory.Task;
import org.tacit.domain.model.inventory.TaskFact;
import org.tacit.domain.model.inventory.TaskFacts;
import org.tacit.domain.model.library.ActivityProfile;
import org.tacit.domain.model.library.LibraryRelease;
import org.tacit.domain.model.library.Occupation;
import org.tacit.domain.model.library.OccupationTask;
import org.tacit.domain.model.library.OnTheJobTraining;
import org.tacit.domain.model.library.TaskRating;
import org.tacit.domain.model.library.TaskType;
import org.tacit.domain.model.library.WorkContext;
import org.tacit.domain.model.organisation.Department;

/**
 * The entities as Hibernate maps them must fit the schema that Flyway builds, on H2 and on
 * PostgreSQL alike (Hibernate validates; it never generates), and concurrent edits must collide.
 */
class MappingTest {

  @ParameterizedTest
  @EnumSource(TestDatabase.class)
  void entitiesRoundTripWithFactsAndTheirProvenance(TestDatabase database) {
    try (EntityManagerFactory jpa = database.freshJpa()) {
      Long taskId =
          inTransaction(
              jpa,
              em -> {
                Department finance = new Department("FIN", "Finance", null);
                Role clerk = new Role(finance, "AP-CLERK", "Accounts payable clerk");
                clerk.staff(new BigDecimal("12.5"), new BigDecimal("58000"));
                clerk.linkOccupation("43-3031.00");
                TaskFacts facts =
                    TaskFacts.confirmed(
                            Map.of(
                                TaskFact.NOVELTY,
                                BigDecimal.ONE,
                                TaskFact.TASK_LENGTH_HOURS,
                                new BigDecimal("0.25")))
                        .with(
                            TaskFact.TIME_TO_PROFICIENCY,
                            BigDecimal.valueOf(3),
                            Provenance.ESTIMATED);
                Task task =
                    new Task(
                        clerk, "Match invoices to purchase orders", new BigDecimal("40"), facts);
                em.persist(finance);
                em.persist(clerk);
                em.persist(task);
                return task.id();
              });

      Task read = inTransaction(jpa, em -> em.find(Task.class, taskId));

      assertThat(read.statement()).isEqualTo("Match invoices to purchase orders");
      assertThat(read.role().department().code()).isEqualTo("FIN");
      assertThat(read.role().headcountFte())
          .hasValueSatisfying(fte -> assertThat(fte).isEqualByComparingTo("12.5"));
      assertThat(read.facts().value(TaskFact.TASK_LENGTH_HOURS)).contains(new BigDecimal("0.25"));
      assertThat(read.facts().provenance(TaskFact.NOVELTY)).contains(Provenance.CONFIRMED);
      assertThat(read.facts().provenance(TaskFact.TIME_TO_PROFICIENCY))
          .contains(Provenance.ESTIMATED);
      assertThat(read.facts().value(TaskFact.ERROR_COST)).isEmpty();
    }
  }

  @ParameterizedTest
  @EnumSource(TestDatabase.class)
  void libraryEntitiesRoundTripWithTheirRatingsAndWorkContext(TestDatabase database) {
    try (EntityManagerFactory jpa = database.freshJpa()) {
      Long taskId =
          inTransaction(
              jpa,
              em -> {
                em.persist(
                    new LibraryRelease("O*NET 27.0", Instant.parse("2026-11-25T10:00:00Z"), "ada"));
                Occupation clerks =
                    new Occupation(
                        "43-3031.00",
                        "Bookkeeping, Accounting, and Auditing Clerks",
                        "Compute data.");
                clerks.prepare(3, OnTheJobTraining.UP_TO_3_MONTHS);
                clerks.describeWork(
                    new WorkContext(
                        new BigDecimal("0.38"),
                        new BigDecimal("0.97"),
                        new BigDecimal("0.7"),
                        new BigDecimal("0.66")),
                    47);
                OccupationTask task =
                    new OccupationTask(
                        clerks,
                        1001,
                        "Reconcile bank records.",
                        TaskType.CORE,
                        TaskRating.of(new BigDecimal("0.046154"), new BigDecimal("3.75")),
                        new ActivityProfile(0, 2, 1, 0));
                clerks.describeActivities(new ActivityProfile(1, 5, 2, 1));
                em.persist(clerks);
                em.persist(task);
                return task.id();
              });

      OccupationTask read =
          inTransaction(
              jpa,
              em -> {
                OccupationTask task = em.find(OccupationTask.class, taskId);
                task.occupation().title(); // load while the context is open
                return task;
              });
      LibraryRelease release =
          inTransaction(jpa, em -> new OccupationRepository(em).release().orElseThrow());

      assertThat(read.type()).contains(TaskType.CORE);
      assertThat(read.rating().perWorkday())
          .hasValueSatisfying(f -> assertThat(f).isEqualByComparingTo("0.046154"));
      assertThat(read.rating().importance())
          .hasValueSatisfying(i -> assertThat(i).isEqualByComparingTo("3.75"));
      assertThat(read.occupation().onTheJobTraining()).contains(OnTheJobTraining.UP_TO_3_MONTHS);
      assertThat(read.occupation().workContext().orElseThrow().exactness())
          .isEqualByComparingTo("0.97");
      assertThat(read.occupation().activeLearning()).contains(47);
      assertThat(read.activities()).isEqualTo(new ActivityProfile(0, 2, 1, 0));
      assertThat(read.occupation().activities()).isEqualTo(new ActivityProfile(1, 5, 2, 1));
      assertThat(release.attribution())
          .startsWith("This product includes information from the O*NET 27.0 Database");
    }
  }

  @ParameterizedTest
  @EnumSource(TestDatabase.class)
  void aSecondEditorsStaleChangeIsRefusedNotWrittenOver(TestDatabase database) {
    try (EntityManagerFactory jpa = database.freshJpa()) {
      Long roleId =
          inTransaction(
              jpa,
              em -> {
                Department ops = new Department("OPS", "Operations", null);
                Role planner = new Role(ops, null, "Planner");
                em.persist(ops);
                em.persist(planner);
                return planner.id();
              });
      Role seenByFirst = inTransaction(jpa, em -> em.find(Role.class, roleId));
      Role seenBySecond = inTransaction(jpa, em -> em.find(Role.class, roleId));

      seenByFirst.retitle("Senior planner");
      inTransactionDo(jpa, em -> em.merge(seenByFirst));
      seenBySecond.retitle("Demand planner");

      assertThatThrownBy(() -> inTransactionDo(jpa, em -> em.merge(seenBySecond)))
          .isInstanceOfAny(OptimisticLockException.class, RollbackException.class);
      assertThat(inTransaction(jpa, em -> em.find(Role.class, roleId)).title())
          .isEqualTo("Senior planner");
    }
  }
}
