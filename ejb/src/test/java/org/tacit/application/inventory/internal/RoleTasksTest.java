package org.tacit.application.inventory.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.tacit.infrastructure.persistence.TestDatabase.inTransaction;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.tacit.application.StaleEditException;
import org.tacit.application.access.CallerScope;
import org.tacit.application.access.Callers;
import org.tacit.application.access.NotPermittedException;
import org.tacit.application.inventory.ChangeEntry;
import org.tacit.application.inventory.TaskEdit;
import org.tacit.application.inventory.TaskSummary;
import org.tacit.domain.model.inventory.Provenance;
import org.tacit.domain.model.inventory.Role;
import org.tacit.domain.model.inventory.Task;
import org.tacit.domain.model.inventory.TaskFact;
import org.tacit.domain.model.inventory.TaskFacts;
import org.tacit.domain.model.organisation.Department;
import org.tacit.infrastructure.persistence.InventoryRepository;
import org.tacit.infrastructure.persistence.TestDatabase;

class RoleTasksTest {

  private static final CallerScope FIN_EDITOR =
      new CallerScope("hedda", Set.of(CallerScope.EDITOR), Set.of("FIN"));
  private static final CallerScope OPS_EDITOR =
      new CallerScope("otto", Set.of(CallerScope.EDITOR), Set.of("OPS"));
  private static final CallerScope FIN_VIEWER =
      new CallerScope("vera", Set.of(CallerScope.VIEWER), Set.of("FIN"));

  @ParameterizedTest
  @EnumSource(TestDatabase.class)
  void aChangedAnswerBecomesConfirmedWhileAnUntouchedEstimateStaysAnEstimate(
      TestDatabase database) {
    try (EntityManagerFactory jpa = database.freshJpa()) {
      long roleId = clerkWithOneEstimatedTask(jpa);
      TaskSummary task = as(jpa, FIN_EDITOR, tasks -> tasks.tasks(roleId)).get(0);

      Map<String, BigDecimal> answers = values(task);
      answers.put("tacit_context", new BigDecimal("4"));
      TaskSummary saved = as(jpa, FIN_EDITOR, tasks -> tasks.revise(edit(task, answers, false)));

      assertThat(saved.facts().get("tacit_context"))
          .isEqualTo(new TaskSummary.FactAnswer(new BigDecimal("4"), false));
      assertThat(saved.facts().get("repetition").estimated()).isTrue();
      assertThat(saved.version()).isEqualTo(task.version() + 1);
    }
  }

  @ParameterizedTest
  @EnumSource(TestDatabase.class)
  void aSecondEditAgainstTheOldVersionIsRefusedAndTheFirstStays(TestDatabase database) {
    try (EntityManagerFactory jpa = database.freshJpa()) {
      long roleId = clerkWithOneEstimatedTask(jpa);
      TaskSummary seenByBoth = as(jpa, FIN_EDITOR, tasks -> tasks.tasks(roleId)).get(0);
      as(
          jpa,
          FIN_EDITOR,
          tasks ->
              tasks.revise(
                  new TaskEdit(
                      seenByBoth.id(),
                      seenByBoth.version(),
                      "Match invoices to purchase orders",
                      seenByBoth.timeSharePct(),
                      values(seenByBoth),
                      false)));

      assertThatThrownBy(
              () ->
                  as(
                      jpa,
                      FIN_EDITOR,
                      tasks ->
                          tasks.revise(
                              new TaskEdit(
                                  seenByBoth.id(),
                                  seenByBoth.version(),
                                  "Match invoices",
                                  new BigDecimal("10"),
                                  values(seenByBoth),
                                  false))))
          .isInstanceOf(StaleEditException.class);
      assertThatThrownBy(
              () ->
                  as(
                      jpa,
                      FIN_EDITOR,
                      tasks -> {
                        tasks.remove(seenByBoth.id(), seenByBoth.version());
                        return null;
                      }))
          .isInstanceOf(StaleEditException.class);

      TaskSummary stored = as(jpa, FIN_EDITOR, tasks -> tasks.tasks(roleId)).get(0);
      assertThat(stored.statement()).isEqualTo("Match invoices to purchase orders");
      assertThat(stored.timeSharePct()).isEqualByComparingTo("100");
    }
  }

  @ParameterizedTest
  @EnumSource(TestDatabase.class)
  void anEditorOfAnotherDepartmentCanNeitherReadNorChangeTheRole(TestDatabase database) {
    try (EntityManagerFactory jpa = database.freshJpa()) {
      long roleId = clerkWithOneEstimatedTask(jpa);
      TaskSummary task = as(jpa, FIN_EDITOR, tasks -> tasks.tasks(roleId)).get(0);

      assertThatThrownBy(() -> as(jpa, OPS_EDITOR, tasks -> tasks.tasks(roleId)))
          .isInstanceOf(NotPermittedException.class);
      assertThatThrownBy(
              () -> as(jpa, OPS_EDITOR, tasks -> tasks.revise(edit(task, values(task), true))))
          .isInstanceOf(NotPermittedException.class);
      assertThatThrownBy(
              () -> as(jpa, OPS_EDITOR, tasks -> tasks.add(roleId, "Sneak a task in", null)))
          .isInstanceOf(NotPermittedException.class);
      assertThatThrownBy(
              () -> as(jpa, FIN_VIEWER, tasks -> tasks.add(roleId, "Sneak a task in", null)))
          .isInstanceOf(NotPermittedException.class);
      List<TaskSummary> readable = as(jpa, FIN_VIEWER, tasks -> tasks.tasks(roleId));
      assertThat(readable).hasSize(1);
    }
  }

  @ParameterizedTest
  @EnumSource(TestDatabase.class)
  void addingAndRemovingTasksGoesIntoTheRolesHistory(TestDatabase database) {
    try (EntityManagerFactory jpa = database.freshJpa()) {
      long roleId = clerkWithOneEstimatedTask(jpa);
      TaskSummary added =
          as(jpa, FIN_EDITOR, tasks -> tasks.add(roleId, "  Chase late payers ", null));
      as(
          jpa,
          FIN_EDITOR,
          tasks -> {
            tasks.remove(added.id(), added.version());
            return null;
          });

      List<ChangeEntry> history =
          inTransaction(
              jpa,
              em ->
                  new InventoryRepository(em)
                      .history(roleId).stream()
                          .map(
                              c ->
                                  new ChangeEntry(
                                      c.changedAt(),
                                      c.actor(),
                                      c.action().name(),
                                      c.subject(),
                                      null,
                                      null))
                          .toList());
      assertThat(history)
          .extracting(c -> c.actor() + " " + c.action() + " " + c.subject())
          .contains("hedda CREATED Chase late payers", "hedda REMOVED Chase late payers");
      assertThat(as(jpa, FIN_EDITOR, tasks -> tasks.role(roleId)).taskCount()).isEqualTo(1);
    }
  }

  private static TaskEdit edit(
      TaskSummary task, Map<String, BigDecimal> answers, boolean confirmAll) {
    return new TaskEdit(
        task.id(), task.version(), task.statement(), task.timeSharePct(), answers, confirmAll);
  }

  private static Map<String, BigDecimal> values(TaskSummary task) {
    Map<String, BigDecimal> values = new HashMap<>();
    task.facts().forEach((column, answer) -> values.put(column, answer.value()));
    return values;
  }

  /** One service call in its own transaction, as the container runs each EJB call. */
  private static <T> T as(
      EntityManagerFactory jpa, CallerScope caller, Function<RoleTasksBean, T> call) {
    return inTransaction(jpa, em -> call.apply(bean(em, caller)));
  }

  private static RoleTasksBean bean(EntityManager em, CallerScope caller) {
    RoleTasksBean bean = new RoleTasksBean();
    bean.inventory = new InventoryRepository(em);
    bean.callers =
        new Callers() {
          @Override
          public CallerScope current() {
            return caller;
          }
        };
    return bean;
  }

  private static long clerkWithOneEstimatedTask(EntityManagerFactory jpa) {
    return inTransaction(
        jpa,
        em -> {
          Department finance = new Department("FIN", "Finance", null);
          em.persist(finance);
          Role clerk = new Role(finance, null, "Accounts clerk");
          em.persist(clerk);
          TaskFacts facts =
              TaskFacts.none()
                  .with(TaskFact.TACIT_CONTEXT, new BigDecimal("2"), Provenance.ESTIMATED)
                  .with(TaskFact.REPETITION, new BigDecimal("5"), Provenance.ESTIMATED);
          em.persist(new Task(clerk, "Match invoices to orders", new BigDecimal("100"), facts));
          return clerk.id();
        });
  }
}
