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
import org.tacit.application.assessment.TaskScoreSummary;
import org.tacit.application.assessment.internal.AssessmentsTest;
import org.tacit.application.inventory.Estimate;
import org.tacit.application.inventory.TaskSummary;
import org.tacit.application.library.internal.ClerkOccupation;
import org.tacit.domain.model.assessment.AssessmentScope;
import org.tacit.domain.model.inventory.InventoryChange;
import org.tacit.domain.model.inventory.Provenance;
import org.tacit.domain.model.inventory.Role;
import org.tacit.domain.model.inventory.Task;
import org.tacit.domain.model.inventory.TaskFact;
import org.tacit.domain.model.inventory.TaskFacts;
import org.tacit.domain.model.organisation.Department;
import org.tacit.infrastructure.persistence.AssessmentRepository;
import org.tacit.infrastructure.persistence.InventoryRepository;
import org.tacit.infrastructure.persistence.OccupationRepository;
import org.tacit.infrastructure.persistence.TestDatabase;

/**
 * An editor sees the estimates a role's tasks are scored with, and confirms one, a task's, or all
 * of them.
 */
class ConfirmEstimatesTest {

  private static final CallerScope FIN_EDITOR =
      new CallerScope("hedda", Set.of(CallerScope.EDITOR), Set.of("FIN"));
  private static final CallerScope OPS_EDITOR =
      new CallerScope("otto", Set.of(CallerScope.EDITOR), Set.of("OPS"));
  private static final CallerScope FIN_VIEWER =
      new CallerScope("vera", Set.of(CallerScope.VIEWER), Set.of("FIN"));
  private static final CallerScope ANALYST =
      new CallerScope("anna", Set.of(CallerScope.ANALYST), Set.of());
  private static final String MATCHING = ClerkOccupation.MATCHING;
  private static final String DISPUTES = "Resolve disputed invoices with suppliers";

  @ParameterizedTest
  @EnumSource(TestDatabase.class)
  void theRoleShowsTheEstimatesItsScoresUseEachWithItsO_NETSource(TestDatabase database) {
    try (EntityManagerFactory jpa = database.freshJpa()) {
      Clerk clerk = clerk(jpa);
      List<Estimate> estimates = estimates(jpa, FIN_VIEWER, clerk);

      Estimate learning = estimate(estimates, clerk.matching(), "tacit_context");
      assertThat(learning.value()).isEqualByComparingTo("3"); // Active Learning 60: "important"
      assertThat(learning.sourceKey()).isEqualTo("estimate.source.tacit_context");
      assertThat(learning.sourceArguments())
          .containsExactly("O*NET", ClerkOccupation.TITLE, "43-3031.00", 60);
      Estimate repetition = estimate(estimates, clerk.matching(), "repetition");
      assertThat(repetition.sourceKey())
          .isEqualTo("estimate.source.repetition.task"); // its own frequency
      assertThat(estimate(estimates, clerk.disputes(), "repetition").sourceKey())
          .isEqualTo("estimate.source.repetition.occupation"); // O*NET does not list this task
      assertThat(estimate(estimates, clerk.disputes(), "novelty").sourceKey())
          .isEqualTo(EstimateSources.STORED);
      assertThat(estimates)
          .noneMatch(e -> e.column().equals("digital_io")); // HR's own answer is no estimate

      // The same values the scores use: every estimated reason has an estimate, and no other
      for (TaskScoreSummary score : current(jpa, clerk)) {
        List<String> estimatedRules =
            score.reasons().stream().filter(r -> r.estimated()).map(r -> r.ruleId()).toList();
        assertThat(estimates.stream().filter(e -> e.taskId() == score.taskId()).count())
            .isGreaterThanOrEqualTo(estimatedRules.size())
            .isPositive();
      }
    }
  }

  @ParameterizedTest
  @EnumSource(TestDatabase.class)
  void confirmingOneAnswerStoresTheEstimateAsConfirmedRaisesConfidenceAndIsRecorded(
      TestDatabase database) {
    try (EntityManagerFactory jpa = database.freshJpa()) {
      Clerk clerk = clerk(jpa);
      TaskSummary seen = task(jpa, clerk.matching());
      double before = confidence(jpa, clerk, MATCHING);

      TaskSummary saved =
          as(jpa, FIN_EDITOR, tasks -> tasks.confirm(seen.id(), seen.version(), "tacit_context"));

      assertThat(saved.facts().get("tacit_context"))
          .isEqualTo(new TaskSummary.FactAnswer(new BigDecimal("3"), false));
      assertThat(saved.facts()).doesNotContainKey("novelty"); // the others stay O*NET's estimates
      assertThat(saved.version()).isEqualTo(seen.version() + 1);
      assertThat(estimates(jpa, FIN_EDITOR, clerk))
          .noneMatch(e -> e.taskId() == clerk.matching() && e.column().equals("tacit_context"))
          .anyMatch(e -> e.taskId() == clerk.matching() && e.column().equals("novelty"));
      assertThat(confidence(jpa, clerk, MATCHING)).isGreaterThan(before);
      assertThat(history(jpa, clerk))
          .containsExactly(
              "hedda CONFIRMED "
                  + MATCHING
                  + ": estimated: tacit_context 3 → confirmed as they were");
    }
  }

  @ParameterizedTest
  @EnumSource(TestDatabase.class)
  void confirmingATaskConfirmsEachOfItsEstimatesAndItsEstimatedShareInOneEntry(
      TestDatabase database) {
    try (EntityManagerFactory jpa = database.freshJpa()) {
      Clerk clerk = clerk(jpa);
      TaskSummary seen = task(jpa, clerk.disputes());
      long estimated =
          estimates(jpa, FIN_EDITOR, clerk).stream()
              .filter(e -> e.taskId() == clerk.disputes())
              .count();

      TaskSummary saved =
          as(jpa, FIN_EDITOR, tasks -> tasks.confirm(seen.id(), seen.version(), null));

      assertThat(saved.facts().values()).noneMatch(TaskSummary.FactAnswer::estimated);
      assertThat(saved.facts()).hasSize((int) estimated + 2); // the estimates and HR's two answers
      assertThat(saved.facts().get("novelty").value())
          .isEqualByComparingTo("4"); // the stored estimate, kept
      assertThat(saved.timeShareEstimated()).isFalse();
      assertThat(saved.timeSharePct()).isEqualByComparingTo("40");
      assertThat(estimates(jpa, FIN_EDITOR, clerk))
          .noneMatch(e -> e.taskId() == clerk.disputes())
          .anyMatch(e -> e.taskId() == clerk.matching());
      assertThat(history(jpa, clerk))
          .singleElement()
          .asString()
          .startsWith("hedda CONFIRMED " + DISPUTES + ": estimated: 40 % of the time · ")
          .contains("novelty 4");
    }
  }

  @ParameterizedTest
  @EnumSource(TestDatabase.class)
  void confirmingAllOfARoleLeavesNoEstimateAndRaisesEveryTasksConfidence(TestDatabase database) {
    try (EntityManagerFactory jpa = database.freshJpa()) {
      Clerk clerk = clerk(jpa);
      List<TaskScoreSummary> before = current(jpa, clerk);
      int estimated = estimates(jpa, FIN_EDITOR, clerk).size();

      int confirmed =
          as(jpa, FIN_EDITOR, tasks -> tasks.confirmAll(clerk.role(), versions(jpa, clerk)));

      assertThat(confirmed).isEqualTo(estimated + 1); // and the derived time share
      assertThat(estimates(jpa, FIN_EDITOR, clerk)).isEmpty();
      List<TaskScoreSummary> after = current(jpa, clerk);
      for (TaskScoreSummary task : after) {
        TaskScoreSummary earlier =
            before.stream().filter(b -> b.taskId() == task.taskId()).findFirst().orElseThrow();
        assertThat(task.confidence()).isGreaterThan(earlier.confidence());
        assertThat(task.learningNeed())
            .isEqualTo(earlier.learningNeed()); // values kept: only their standing changed
        assertThat(task.automationReadiness()).isEqualTo(earlier.automationReadiness());
        assertThat(task.reasons()).noneMatch(r -> r.estimated());
      }
      assertThat(history(jpa, clerk))
          .containsExactly(
              "hedda CONFIRMED every estimate of the role: "
                  + confirmed
                  + " estimated answers in 2 of 2 tasks → confirmed as they were");
    }
  }

  @ParameterizedTest
  @EnumSource(TestDatabase.class)
  void onlyAnEditorOfTheDepartmentConfirms(TestDatabase database) {
    try (EntityManagerFactory jpa = database.freshJpa()) {
      Clerk clerk = clerk(jpa);
      TaskSummary seen = task(jpa, clerk.matching());
      Map<Long, Long> versions = versions(jpa, clerk);

      for (CallerScope other : List.of(OPS_EDITOR, FIN_VIEWER, ANALYST)) {
        assertThatThrownBy(
                () -> as(jpa, other, tasks -> tasks.confirm(seen.id(), seen.version(), null)))
            .isInstanceOf(NotPermittedException.class);
        assertThatThrownBy(() -> as(jpa, other, tasks -> tasks.confirmAll(clerk.role(), versions)))
            .isInstanceOf(NotPermittedException.class);
      }
      assertThatThrownBy(() -> estimates(jpa, OPS_EDITOR, clerk))
          .isInstanceOf(NotPermittedException.class);
      assertThat(task(jpa, clerk.matching())).isEqualTo(seen);
      assertThat(history(jpa, clerk)).isEmpty();
    }
  }

  @ParameterizedTest
  @EnumSource(TestDatabase.class)
  void aConfirmationAgainstAnOlderVersionIsRefusedWholeAndConfirmsNothing(TestDatabase database) {
    try (EntityManagerFactory jpa = database.freshJpa()) {
      Clerk clerk = clerk(jpa);
      TaskSummary seen = task(jpa, clerk.matching());
      Map<Long, Long> versionsSeen = versions(jpa, clerk);
      as(
          jpa,
          FIN_EDITOR,
          tasks -> tasks.confirm(seen.id(), seen.version(), "novelty")); // someone was faster
      int left = estimates(jpa, FIN_EDITOR, clerk).size();

      assertThatThrownBy(
              () -> as(jpa, FIN_EDITOR, tasks -> tasks.confirm(seen.id(), seen.version(), null)))
          .isInstanceOf(StaleEditException.class);
      assertThatThrownBy(
              () -> as(jpa, FIN_EDITOR, tasks -> tasks.confirmAll(clerk.role(), versionsSeen)))
          .isInstanceOf(StaleEditException.class)
          .hasMessageContaining("nothing was confirmed");
      Map<Long, Long> withoutOne = new HashMap<>(versions(jpa, clerk));
      withoutOne.remove(clerk.disputes()); // a task the editor never saw
      assertThatThrownBy(
              () -> as(jpa, FIN_EDITOR, tasks -> tasks.confirmAll(clerk.role(), withoutOne)))
          .isInstanceOf(StaleEditException.class);

      assertThat(estimates(jpa, FIN_EDITOR, clerk)).hasSize(left);
      assertThat(history(jpa, clerk)).hasSize(1);
    }
  }

  // --- a finance clerk linked to O*NET: one task O*NET lists, one it does not

  private record Clerk(long role, long matching, long disputes) {}

  private static Clerk clerk(EntityManagerFactory jpa) {
    return inTransaction(
        jpa,
        em -> {
          ClerkOccupation.persist(em);
          Department finance = new Department("FIN", "Finance", null);
          em.persist(finance);
          em.persist(new Department("OPS", "Operations", null));
          Role clerk = new Role(finance, null, "Accounts clerk");
          clerk.linkOccupation(ClerkOccupation.CODE);
          em.persist(clerk);
          Task matching =
              new Task(
                  clerk,
                  MATCHING,
                  new BigDecimal("60"),
                  TaskFacts.confirmed(Map.of(TaskFact.DIGITAL_IO, new BigDecimal("5"))));
          em.persist(matching);
          Task disputes =
              new Task(
                  clerk,
                  DISPUTES,
                  null,
                  TaskFacts.confirmed(
                          Map.of(
                              TaskFact.DIGITAL_IO,
                              new BigDecimal("4"),
                              TaskFact.ERROR_COST,
                              new BigDecimal("3")))
                      .with(
                          TaskFact.NOVELTY,
                          new BigDecimal("4"),
                          Provenance.ESTIMATED)); // O*NET would say 2
          disputes.estimateShare(new BigDecimal("40"));
          em.persist(disputes);
          em.flush();
          return new Clerk(clerk.id(), matching.id(), disputes.id());
        });
  }

  private static List<Estimate> estimates(
      EntityManagerFactory jpa, CallerScope caller, Clerk clerk) {
    return inTransaction(jpa, em -> bean(em, caller).estimates(clerk.role()));
  }

  private static Estimate estimate(List<Estimate> estimates, long taskId, String column) {
    return estimates.stream()
        .filter(e -> e.taskId() == taskId && e.column().equals(column))
        .findFirst()
        .orElseThrow();
  }

  private static TaskSummary task(EntityManagerFactory jpa, long taskId) {
    return inTransaction(jpa, em -> TaskSummaries.of(em.find(Task.class, taskId)));
  }

  private static Map<Long, Long> versions(EntityManagerFactory jpa, Clerk clerk) {
    return inTransaction(
        jpa,
        em -> {
          Map<Long, Long> versions = new HashMap<>();
          for (long id : List.of(clerk.matching(), clerk.disputes())) {
            versions.put(id, em.find(Task.class, id).version());
          }
          return versions;
        });
  }

  private static List<TaskScoreSummary> current(EntityManagerFactory jpa, Clerk clerk) {
    return inTransaction(
        jpa,
        em -> AssessmentsTest.assessments(em, ANALYST).current(AssessmentScope.role(clerk.role())));
  }

  private static double confidence(EntityManagerFactory jpa, Clerk clerk, String statement) {
    return current(jpa, clerk).stream()
        .filter(t -> t.statement().equals(statement))
        .findFirst()
        .orElseThrow()
        .confidence();
  }

  private static List<String> history(EntityManagerFactory jpa, Clerk clerk) {
    return inTransaction(
        jpa,
        em ->
            new InventoryRepository(em)
                .history(clerk.role()).stream().map(ConfirmEstimatesTest::line).toList());
  }

  private static String line(InventoryChange c) {
    return c.actor()
        + " "
        + c.action()
        + " "
        + c.subject()
        + ": "
        + c.before().orElse("")
        + " → "
        + c.after().orElse("");
  }

  /** One service call in its own transaction, as the container runs each EJB call. */
  private static <T> T as(
      EntityManagerFactory jpa, CallerScope caller, Function<RoleTasksBean, T> call) {
    return inTransaction(jpa, em -> call.apply(bean(em, caller)));
  }

  private static RoleTasksBean bean(EntityManager em, CallerScope caller) {
    RoleTasksBean bean = new RoleTasksBean();
    bean.inventory = new InventoryRepository(em);
    bean.runs = new AssessmentRepository(em);
    bean.library = new OccupationRepository(em);
    bean.callers =
        new Callers() {
          @Override
          public CallerScope current() {
            return caller;
          }
        };
    return bean;
  }
}
