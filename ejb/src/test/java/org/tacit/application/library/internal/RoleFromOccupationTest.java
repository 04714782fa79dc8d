package org.tacit.application.library.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.tacit.application.library.internal.LibraryBeans.ADA;
import static org.tacit.application.library.internal.LibraryBeans.HEDDA;
import static org.tacit.application.library.internal.OccupationLibraryBeanTest.as;
import static org.tacit.application.library.internal.OccupationLibraryBeanTest.loadSmallRelease;
import static org.tacit.infrastructure.onet.SmallRelease.CLERKS;
import static org.tacit.infrastructure.onet.SmallRelease.DEVELOPERS;
import static org.tacit.infrastructure.persistence.TestDatabase.inTransaction;
import static org.tacit.infrastructure.persistence.TestDatabase.inTransactionDo;

import jakarta.persistence.EntityManagerFactory;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.tacit.application.NotFoundException;
import org.tacit.application.access.CallerScope;
import org.tacit.application.access.NotPermittedException;
import org.tacit.domain.model.inventory.InventoryChange;
import org.tacit.domain.model.inventory.Provenance;
import org.tacit.domain.model.inventory.Role;
import org.tacit.domain.model.inventory.Task;
import org.tacit.domain.model.inventory.TaskFact;
import org.tacit.domain.model.organisation.Department;
import org.tacit.infrastructure.onet.SmallRelease;
import org.tacit.infrastructure.persistence.InventoryRepository;
import org.tacit.infrastructure.persistence.TestDatabase;

/** A role made from an occupation, through the service, on H2 and PostgreSQL. */
class RoleFromOccupationTest {

  private static final BigDecimal FTE = new BigDecimal("4");
  private static final BigDecimal COST = new BigDecimal("52000");

  @TempDir Path temp;

  @ParameterizedTest
  @EnumSource(TestDatabase.class)
  void anEditorMakesARoleOfTheCoreTasksWithDefaultSharesAndEstimatedFacts(TestDatabase database) {
    try (EntityManagerFactory jpa = database.freshJpa()) {
      loadSmallRelease(jpa, temp.resolve("release"));

      long roleId =
          as(
              jpa,
              HEDDA,
              library ->
                  library.newRoleFromOccupation("FIN", CLERKS, "Accounts clerk", FTE, COST, true));

      Role role = inTransaction(jpa, em -> new InventoryRepository(em).role(roleId).orElseThrow());
      assertThat(role.title()).isEqualTo("Accounts clerk");
      assertThat(role.onetSoc()).contains(CLERKS);
      assertThat(role.headcountFte())
          .hasValueSatisfying(fte -> assertThat(fte).isEqualByComparingTo(FTE));
      List<Task> tasks = tasksOf(jpa, roleId);
      assertThat(tasks)
          .extracting(Task::statement)
          .containsExactly(
              "Operate computers programmed with accounting software.",
              "Check figures, postings, and documents for correct entry.");
      assertThat(tasks)
          .extracting(t -> t.timeSharePct().orElseThrow())
          .containsExactly(new BigDecimal("81.82"), new BigDecimal("18.18"));
      assertThat(tasks)
          .allSatisfy(
              task ->
                  assertThat(task.facts().answers().keySet())
                      .contains(
                          TaskFact.TIME_TO_PROFICIENCY,
                          TaskFact.REPETITION,
                          TaskFact.NOVELTY,
                          TaskFact.VERIFIABILITY,
                          TaskFact.TACIT_CONTEXT,
                          TaskFact.PHYSICAL_PRESENCE,
                          TaskFact.DIGITAL_IO,
                          TaskFact.RELATIONSHIP_TRUST)
                      .allSatisfy(
                          fact ->
                              assertThat(task.facts().provenance(fact))
                                  .contains(Provenance.ESTIMATED)));
      assertThat(tasks.get(0).facts().value(TaskFact.TIME_TO_PROFICIENCY))
          .as("median OJ 1-3 months")
          .contains(BigDecimal.valueOf(3));
      assertThat(tasks.get(0).facts().value(TaskFact.DIGITAL_IO))
          .as("working with computers")
          .contains(BigDecimal.valueOf(5));
    }
  }

  @ParameterizedTest
  @EnumSource(TestDatabase.class)
  void allTasksWhenAskedAndTheirRepetitionDiffersWhereOnetsFrequencyDoes(TestDatabase database) {
    try (EntityManagerFactory jpa = database.freshJpa()) {
      loadSmallRelease(jpa, temp.resolve("release"));

      long roleId =
          as(
              jpa,
              ADA,
              library -> library.newRoleFromOccupation("FIN", CLERKS, " ", null, null, false));

      List<Task> tasks = tasksOf(jpa, roleId);
      assertThat(tasks).hasSize(3);
      // hourly, twice a day, monthly
      assertThat(tasks)
          .extracting(t -> t.facts().value(TaskFact.REPETITION).orElseThrow())
          .containsExactly(BigDecimal.valueOf(5), BigDecimal.valueOf(4), BigDecimal.valueOf(2));
      assertThat(
              tasks.stream()
                  .map(t -> t.timeSharePct().orElseThrow())
                  .reduce(BigDecimal.ZERO, BigDecimal::add))
          .isEqualByComparingTo("100");
      String title =
          inTransaction(jpa, em -> new InventoryRepository(em).role(roleId).orElseThrow().title());
      assertThat(title)
          .as("a blank title takes the occupation's")
          .isEqualTo("Bookkeeping, Accounting, and Auditing Clerks");
    }
  }

  @ParameterizedTest
  @EnumSource(TestDatabase.class)
  void theRoleAndEachTaskGoIntoTheHistoryInTheCallersName(TestDatabase database) {
    try (EntityManagerFactory jpa = database.freshJpa()) {
      loadSmallRelease(jpa, temp.resolve("release"));

      long roleId =
          as(
              jpa,
              HEDDA,
              library ->
                  library.newRoleFromOccupation("FIN", CLERKS, "Accounts clerk", FTE, COST, true));

      List<InventoryChange> history =
          inTransaction(jpa, em -> new InventoryRepository(em).history(roleId));
      assertThat(history)
          .extracting(c -> c.action() + " " + c.subject())
          .containsExactlyInAnyOrder(
              "CREATED role",
              "CREATED Operate computers programmed with accounting software.",
              "CREATED Check figures, postings, and documents for correct entry.");
      assertThat(history).allSatisfy(change -> assertThat(change.actor()).isEqualTo("hedda"));
      assertThat(history)
          .filteredOn(c -> !c.subject().equals("role"))
          .allSatisfy(
              c ->
                  assertThat(c.after())
                      .hasValueSatisfying(after -> assertThat(after).contains("(estimated)")));
    }
  }

  @ParameterizedTest
  @EnumSource(TestDatabase.class)
  void anEditorOfAnotherDepartmentMayNotAndNothingIsWritten(TestDatabase database) {
    try (EntityManagerFactory jpa = database.freshJpa()) {
      loadSmallRelease(jpa, temp.resolve("release"));
      CallerScope opsEditor = new CallerScope("otto", Set.of(CallerScope.EDITOR), Set.of("OPS"));

      assertThatThrownBy(
              () ->
                  as(
                      jpa,
                      opsEditor,
                      library ->
                          library.newRoleFromOccupation("FIN", CLERKS, "Clerk", null, null, true)))
          .isInstanceOf(NotPermittedException.class)
          .hasMessage("You may not change department FIN.");
      long roles =
          inTransaction(
              jpa,
              em -> em.createQuery("select count(r) from Role r", Long.class).getSingleResult());
      assertThat(roles).isZero();
    }
  }

  @ParameterizedTest
  @EnumSource(TestDatabase.class)
  void theDepartmentAndTheOccupationMustExist(TestDatabase database) {
    try (EntityManagerFactory jpa = database.freshJpa()) {
      loadSmallRelease(jpa, temp.resolve("release"));

      assertThatThrownBy(
              () ->
                  as(
                      jpa,
                      ADA,
                      library ->
                          library.newRoleFromOccupation(
                              "LEGAL", CLERKS, "Clerk", null, null, true)))
          .isInstanceOf(NotFoundException.class)
          .hasMessageContaining("There is no department LEGAL");
      assertThatThrownBy(
              () ->
                  as(
                      jpa,
                      ADA,
                      library ->
                          library.newRoleFromOccupation(
                              "FIN", "99-9999.00", "Clerk", null, null, true)))
          .isInstanceOf(NotFoundException.class)
          .hasMessageContaining("no occupation 99-9999.00");
    }
  }

  @ParameterizedTest
  @EnumSource(TestDatabase.class)
  void anOccupationWithNoCoreTaskGivesAllItsTasksAndWithoutProfileNoEstimates(
      TestDatabase database) {
    try (EntityManagerFactory jpa = database.freshJpa()) {
      SmallRelease noneCore =
          SmallRelease.official()
              .with(
                  "Task Statements.txt",
                  "O*NET-SOC Code\tTask ID\tTask\tTask Type\n"
                      + DEVELOPERS
                      + "\t2001\tWrite code.\tn/a\n"
                      + DEVELOPERS
                      + "\t2002\tReview code.\tn/a\n")
              .without("Tasks to DWAs.txt");
      as(jpa, ADA, library -> library.importRelease(noneCore.asFolder(temp.resolve("release"))));
      inTransactionDo(jpa, em -> em.persist(new Department("FIN", "Finance", null)));

      long roleId =
          as(
              jpa,
              ADA,
              library ->
                  library.newRoleFromOccupation("FIN", DEVELOPERS, "Developer", null, null, true));

      List<Task> tasks = tasksOf(jpa, roleId);
      assertThat(tasks)
          .extracting(t -> t.timeSharePct().orElseThrow())
          .containsExactly(new BigDecimal("50.00"), new BigDecimal("50.00"));
      assertThat(tasks)
          .allSatisfy(
              task ->
                  assertThat(task.facts().answers())
                      .as(
                          "the reference tables do not know this title and the release has no OJ"
                              + " answers or work activities for it")
                      .isEmpty());
    }
  }

  private static List<Task> tasksOf(EntityManagerFactory jpa, long roleId) {
    return inTransaction(
        jpa,
        em ->
            em.createQuery("select t from Task t where t.role.id = :r order by t.id", Task.class)
                .setParameter("r", roleId)
                .getResultList());
  }
}
