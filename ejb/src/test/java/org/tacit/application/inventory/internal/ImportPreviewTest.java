package org.tacit.application.inventory.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.tacit.infrastructure.persistence.TestDatabase.inTransaction;

import jakarta.persistence.EntityManagerFactory;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.tacit.application.inventory.ImportPreview;
import org.tacit.application.inventory.ImportPreview.FactChange;
import org.tacit.application.inventory.ImportPreview.RoleChanges;
import org.tacit.application.inventory.ImportPreview.TaskChange;
import org.tacit.application.inventory.ImportReport.Changes;
import org.tacit.domain.model.inventory.InventoryChange.Action;
import org.tacit.domain.model.inventory.TaskFact;
import org.tacit.domain.model.inventory.imports.DepartmentDraft;
import org.tacit.domain.model.inventory.imports.InventoryDraft;
import org.tacit.domain.model.inventory.imports.RoleDraft;
import org.tacit.domain.model.inventory.imports.TaskDraft;
import org.tacit.infrastructure.persistence.InventoryRepository;
import org.tacit.infrastructure.persistence.TestDatabase;

class ImportPreviewTest {

  private static final DepartmentDraft FINANCE = new DepartmentDraft("FIN", "Finance");
  private static final DepartmentDraft SALES = new DepartmentDraft("SAL", "Sales");

  @ParameterizedTest
  @EnumSource(TestDatabase.class)
  void theCheckListsWhatTheImportWouldCreateChangeFactByFactAndRemoveAndWritesNothing(
      TestDatabase database) {
    try (EntityManagerFactory jpa = database.freshJpa()) {
      write(jpa, new InventoryDraft(List.of(FINANCE), List.of(clerk("4", match("40"), pay("60")))));
      InventoryDraft revised =
          new InventoryDraft(
              List.of(FINANCE, SALES),
              List.of(
                  clerk("5", match("70"), task("Chase late payers", "30")),
                  new RoleDraft(
                      "SAL",
                      null,
                      "Account manager",
                      null,
                      null,
                      null,
                      List.of(task("Call", "100")))));

      ImportTally checked = check(jpa, revised);

      assertThat(checked.changes()).isEqualTo(new Changes(1, 1, 1, 0, 2, 1, 1, 0));
      ImportPreview preview = checked.preview();
      assertThat(preview.departments())
          .extracting(d -> d.code(), d -> d.created())
          .containsExactly(tuple("FIN", false), tuple("SAL", true));
      RoleChanges clerk = preview.departments().get(0).roles().get(0);
      assertThat(clerk.action()).isEqualTo(Action.CHANGED);
      assertThat(clerk.facts())
          .containsExactly(new FactChange("role_headcount", "4", "5", false, false));
      assertThat(clerk.taskChanges())
          .extracting(TaskChange::action, TaskChange::statement)
          .containsExactlyInAnyOrder(
              tuple(Action.CHANGED, "Match invoices to orders"),
              tuple(Action.CREATED, "Chase late payers"),
              tuple(Action.REMOVED, "Pay suppliers"));
      assertThat(clerk.taskChanges())
          .filteredOn(t -> t.action() == Action.CHANGED)
          .flatExtracting(TaskChange::facts)
          .containsExactly(new FactChange("task_time_share_pct", "40", "70", false, false));
      RoleChanges manager = preview.departments().get(1).roles().get(0);
      assertThat(manager.action()).isEqualTo(Action.CREATED);
      assertThat(manager.tasks()).isEqualTo(1);
      assertThat(manager.taskChanges()).as("a new role's tasks are counted, not listed").isEmpty();

      assertThat(count(jpa, "select count(d) from Department d"))
          .as("nothing written")
          .isEqualTo(1);
      assertThat(count(jpa, "select count(c) from InventoryChange c"))
          .as("no history written")
          .isEqualTo(3);
      assertThat(write(jpa, revised).preview())
          .as("the import does what the check said")
          .usingRecursiveComparison()
          .ignoringFields("departments.roles.id")
          .isEqualTo(preview);
    }
  }

  @ParameterizedTest
  @EnumSource(TestDatabase.class)
  void theSameFileAgainListsNothingAndCountsEverythingUnchanged(TestDatabase database) {
    try (EntityManagerFactory jpa = database.freshJpa()) {
      InventoryDraft file =
          new InventoryDraft(List.of(FINANCE), List.of(clerk("4", match("40"), pay("60"))));
      write(jpa, file);

      ImportTally again = check(jpa, file);

      assertThat(again.changes()).isEqualTo(new Changes(0, 0, 0, 1, 0, 0, 0, 2));
      assertThat(again.changes().any()).isFalse();
      assertThat(again.preview().departments()).isEmpty();
    }
  }

  @ParameterizedTest
  @EnumSource(TestDatabase.class)
  void aFileThatChangesEverythingListsAThousandLinesAndCountsTheRest(TestDatabase database) {
    try (EntityManagerFactory jpa = database.freshJpa()) {
      write(jpa, largeFile("2"));

      ImportTally changed = check(jpa, largeFile("3"));

      assertThat(changed.changes().tasksUpdated()).isEqualTo(3000);
      ImportPreview preview = changed.preview();
      long listed =
          preview.departments().stream()
              .flatMap(d -> d.roles().stream())
              .mapToLong(r -> 1 + r.taskChanges().size())
              .sum();
      assertThat(listed + preview.leftOut()).as("every role and task").isEqualTo(60 + 3000);
      assertThat(
              preview.departments().stream()
                  .flatMap(d -> d.roles().stream())
                  .mapToLong(r -> r.taskChanges().size())
                  .sum())
          .isEqualTo(ImportPreview.MAX_LISTED);
    }
  }

  private static ImportTally check(EntityManagerFactory jpa, InventoryDraft draft) {
    return inTransaction(
        jpa, em -> new InventoryImporter(new InventoryRepository(em)).check(draft));
  }

  private static ImportTally write(EntityManagerFactory jpa, InventoryDraft draft) {
    return inTransaction(
        jpa,
        em ->
            new InventoryImporter(new InventoryRepository(em))
                .write(
                    draft,
                    "hedda",
                    Instant.parse("2026-12-07T10:00:00Z"),
                    (phase, done, total) -> {}));
  }

  private static long count(EntityManagerFactory jpa, String query) {
    return inTransaction(jpa, em -> em.createQuery(query, Long.class).getSingleResult());
  }

  private static RoleDraft clerk(String headcount, TaskDraft... tasks) {
    return new RoleDraft(
        "FIN",
        null,
        "Accounts clerk",
        new BigDecimal(headcount),
        new BigDecimal("52000"),
        "43-3031.00",
        List.of(tasks));
  }

  private static TaskDraft match(String share) {
    return new TaskDraft(
        "Match invoices to orders",
        new BigDecimal(share),
        Map.of(TaskFact.NOVELTY, BigDecimal.ONE));
  }

  private static TaskDraft pay(String share) {
    return task("Pay suppliers", share);
  }

  private static TaskDraft task(String statement, String share) {
    return new TaskDraft(statement, new BigDecimal(share), Map.of());
  }

  private static InventoryDraft largeFile(String share) {
    List<RoleDraft> roles =
        IntStream.range(0, 60)
            .mapToObj(
                role ->
                    new RoleDraft(
                        "FIN",
                        null,
                        "Role " + role,
                        null,
                        null,
                        null,
                        IntStream.range(0, 50)
                            .mapToObj(t -> task("Task " + t + " of role " + role, share))
                            .toList()))
            .toList();
    return new InventoryDraft(List.of(FINANCE), roles);
  }
}
