package org.tacit.application.inventory.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tacit.infrastructure.persistence.TestDatabase.inTransaction;

import jakarta.persistence.EntityManagerFactory;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.tacit.application.inventory.ImportReport.Changes;
import org.tacit.domain.model.inventory.InventoryChange;
import org.tacit.domain.model.inventory.Provenance;
import org.tacit.domain.model.inventory.Task;
import org.tacit.domain.model.inventory.TaskFact;
import org.tacit.domain.model.inventory.imports.DepartmentDraft;
import org.tacit.domain.model.inventory.imports.ImportProgress;
import org.tacit.domain.model.inventory.imports.InventoryDraft;
import org.tacit.domain.model.inventory.imports.RoleDraft;
import org.tacit.domain.model.inventory.imports.TaskDraft;
import org.tacit.infrastructure.persistence.InventoryRepository;
import org.tacit.infrastructure.persistence.TestDatabase;

class InventoryImporterTest {

  private static final DepartmentDraft FINANCE = new DepartmentDraft("FIN", "Finance");

  @ParameterizedTest
  @EnumSource(TestDatabase.class)
  void aNewFileCreatesItsDepartmentsRolesAndTasksWithConfirmedFacts(TestDatabase database) {
    try (EntityManagerFactory jpa = database.freshJpa()) {
      Changes changes = apply(jpa, draft(clerk(matchTask("40"), payTask("60"))));

      assertThat(changes).isEqualTo(new Changes(1, 1, 0, 0, 2, 0, 0, 0));
      List<Task> tasks = tasksOfClerk(jpa);
      assertThat(tasks)
          .extracting(Task::statement)
          .containsExactly("Match invoices to orders", "Pay suppliers");
      assertThat(tasks.get(0).facts().provenance(TaskFact.NOVELTY)).contains(Provenance.CONFIRMED);
    }
  }

  @ParameterizedTest
  @EnumSource(TestDatabase.class)
  void importingTheSameFileAgainChangesNothing(TestDatabase database) {
    try (EntityManagerFactory jpa = database.freshJpa()) {
      InventoryDraft file = draft(clerk(matchTask("40"), payTask("60")));
      apply(jpa, file);

      assertThat(apply(jpa, file).any()).isFalse();
      assertThat(tasksOfClerk(jpa)).extracting(Task::version).containsOnly(0L);
    }
  }

  @ParameterizedTest
  @EnumSource(TestDatabase.class)
  void theFileIsTheTruthForTheRolesItNames(TestDatabase database) {
    try (EntityManagerFactory jpa = database.freshJpa()) {
      apply(jpa, draft(clerk(matchTask("40"), payTask("60"))));

      Changes changes =
          apply(
              jpa,
              draft(
                  clerk(
                      matchTask("70"),
                      new TaskDraft("Chase late payers", new BigDecimal("30"), Map.of()))));

      assertThat(changes).isEqualTo(new Changes(0, 0, 1, 0, 1, 1, 1, 0));
      assertThat(tasksOfClerk(jpa))
          .extracting(Task::statement)
          .containsExactlyInAnyOrder("Match invoices to orders", "Chase late payers");
    }
  }

  @ParameterizedTest
  @EnumSource(TestDatabase.class)
  void everyChangeIsInTheRolesHistoryWithWhoAndBeforeAndAfter(TestDatabase database) {
    try (EntityManagerFactory jpa = database.freshJpa()) {
      apply(jpa, draft(clerk(matchTask("40"), payTask("60"))));
      apply(jpa, draft(clerk(matchTask("100"))));

      List<InventoryChange> history =
          inTransaction(
              jpa,
              em -> {
                long roleId =
                    em.createQuery(
                            "select r.id from Role r where r.title = 'Accounts clerk'", Long.class)
                        .getSingleResult();
                return new InventoryRepository(em).history(roleId);
              });

      assertThat(history)
          .extracting(c -> c.action() + " " + c.subject())
          .containsExactlyInAnyOrder(
              "CREATED role",
              "CREATED Match invoices to orders",
              "CREATED Pay suppliers",
              "CHANGED Match invoices to orders",
              "REMOVED Pay suppliers");
      InventoryChange share =
          history.stream()
              .filter(c -> c.action() == InventoryChange.Action.CHANGED)
              .findFirst()
              .orElseThrow();
      assertThat(share.before())
          .hasValueSatisfying(
              before -> assertThat(before).startsWith("40 % of the time").contains("novelty 1"));
      assertThat(share.after())
          .hasValueSatisfying(after -> assertThat(after).startsWith("100 % of the time"));
      assertThat(share.actor()).isEqualTo("hedda");
      assertThat(share.departmentCode()).isEqualTo("FIN");
    }
  }

  @ParameterizedTest
  @EnumSource(TestDatabase.class)
  void aLargeFileIsWrittenInBatchesAndReadBackInAFewQueriesNotSomeForEachRole(
      TestDatabase database) {
    try (EntityManagerFactory jpa = database.freshJpa()) {
      Statistics statistics = jpa.unwrap(SessionFactory.class).getStatistics();
      statistics.setStatisticsEnabled(true);
      InventoryDraft file = largeFile(new BigDecimal("2"));

      Changes created = apply(jpa, file);

      assertThat(created).isEqualTo(new Changes(2, 60, 0, 0, 3000, 0, 0, 0));
      long rowsWritten = statistics.getEntityInsertCount();
      assertThat(rowsWritten)
          .as("departments, roles, tasks and a history entry each")
          .isEqualTo(2 + 60 + 3000 + 3060);
      assertThat(statistics.getPrepareStatementCount())
          .as("statements for %d rows", rowsWritten)
          .isLessThan(60);

      statistics.clear();
      assertThat(apply(jpa, file).any()).isFalse();
      assertThat(statistics.getQueryExecutionCount())
          .as("queries to find 60 roles and their tasks")
          .isLessThan(15);
    }
  }

  @ParameterizedTest
  @EnumSource(TestDatabase.class)
  void changesThroughoutALargeFileLandOnTheirOwnRolesAcrossFlushes(TestDatabase database) {
    try (EntityManagerFactory jpa = database.freshJpa()) {
      apply(jpa, largeFile(new BigDecimal("2")));
      List<RoleDraft> roles = new ArrayList<>(largeFile(new BigDecimal("2")).roles());
      RoleDraft first = roles.get(0);
      roles.set(
          0,
          new RoleDraft(
              first.departmentCode(),
              first.code(),
              first.title(),
              first.headcountFte(),
              first.annualCostPerFte(),
              first.onetSoc(),
              first.tasks().subList(1, 50)));
      RoleDraft last = roles.get(59);
      List<TaskDraft> lastTasks = new ArrayList<>(last.tasks());
      lastTasks.set(
          49,
          new TaskDraft(
              lastTasks.get(49).statement(),
              new BigDecimal("2"),
              Map.of(TaskFact.NOVELTY, BigDecimal.ONE)));
      roles.set(
          59,
          new RoleDraft(
              last.departmentCode(),
              last.code(),
              last.title(),
              new BigDecimal("9"),
              last.annualCostPerFte(),
              last.onetSoc(),
              lastTasks));
      InventoryDraft revised =
          new InventoryDraft(largeFile(new BigDecimal("2")).departments(), roles);

      assertThat(apply(jpa, revised)).isEqualTo(new Changes(0, 0, 2, 58, 0, 1, 1, 2998));
      assertThat(apply(jpa, revised).any()).as("the revised file again").isFalse();
      List<InventoryChange> history =
          inTransaction(
              jpa,
              em ->
                  em.createQuery("select c from InventoryChange c", InventoryChange.class)
                      .getResultList());
      assertThat(history)
          .filteredOn(c -> c.action() != InventoryChange.Action.CREATED)
          .extracting(c -> c.roleTitle() + " " + c.action() + " " + c.subject())
          .containsExactlyInAnyOrder(
              "Role 0 REMOVED Task 0 of role 0",
              "Role 59 CHANGED role",
              "Role 59 CHANGED Task 49 of role 59");
    }
  }

  @ParameterizedTest
  @EnumSource(TestDatabase.class)
  void writingTellsTheWatcherAfterEveryThousandTasksOrSo(TestDatabase database) {
    try (EntityManagerFactory jpa = database.freshJpa()) {
      List<String> told = new ArrayList<>();
      ImportProgress watcher = (phase, done, total) -> told.add(phase + " " + done + "/" + total);

      inTransaction(
          jpa,
          em ->
              new InventoryImporter(new InventoryRepository(em))
                  .apply(largeFile(new BigDecimal("2")), "hedda", Instant.now(), watcher));

      assertThat(told)
          .containsExactly(
              "WRITING 0/3000", "WRITING 1000/3000", "WRITING 2000/3000", "WRITING 3000/3000");
    }
  }

  private static Changes apply(EntityManagerFactory jpa, InventoryDraft draft) {
    return inTransaction(
        jpa,
        em -> {
          InventoryImporter importer = new InventoryImporter(new InventoryRepository(em));
          return importer.apply(draft, "hedda", Instant.parse("2026-11-25T10:00:00Z"));
        });
  }

  /**
   * 60 roles of 50 tasks in two departments: more tasks than the importer writes between two
   * flushes.
   */
  private static InventoryDraft largeFile(BigDecimal share) {
    List<RoleDraft> roles =
        IntStream.range(0, 60)
            .mapToObj(
                role ->
                    new RoleDraft(
                        role < 30 ? "FIN" : "OPS",
                        null,
                        "Role " + role,
                        new BigDecimal("3"),
                        null,
                        null,
                        IntStream.range(0, 50)
                            .mapToObj(
                                task ->
                                    new TaskDraft(
                                        "Task " + task + " of role " + role,
                                        share,
                                        Map.of(TaskFact.NOVELTY, new BigDecimal("3"))))
                            .toList()))
            .toList();
    return new InventoryDraft(List.of(FINANCE, new DepartmentDraft("OPS", "Operations")), roles);
  }

  private static List<Task> tasksOfClerk(EntityManagerFactory jpa) {
    return inTransaction(
        jpa,
        em ->
            em.createQuery(
                    "select t from Task t where t.role.title = 'Accounts clerk' order by"
                        + " t.statement",
                    Task.class)
                .getResultList());
  }

  private static InventoryDraft draft(RoleDraft role) {
    return new InventoryDraft(List.of(FINANCE), List.of(role));
  }

  private static RoleDraft clerk(TaskDraft... tasks) {
    return new RoleDraft(
        "FIN",
        null,
        "Accounts clerk",
        new BigDecimal("4"),
        new BigDecimal("52000"),
        "43-3031.00",
        List.of(tasks));
  }

  private static TaskDraft matchTask(String share) {
    return new TaskDraft(
        "Match invoices to orders",
        new BigDecimal(share),
        Map.of(TaskFact.NOVELTY, BigDecimal.ONE));
  }

  private static TaskDraft payTask(String share) {
    return new TaskDraft(
        "Pay suppliers", new BigDecimal(share), Map.of(TaskFact.ERROR_COST, BigDecimal.valueOf(4)));
  }
}
