package org.tacit.application.assessment.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.tacit.infrastructure.persistence.TestDatabase.inTransaction;
import static org.tacit.infrastructure.persistence.TestDatabase.inTransactionDo;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.tacit.application.NotFoundException;
import org.tacit.application.StaleEditException;
import org.tacit.application.access.CallerScope;
import org.tacit.application.access.Callers;
import org.tacit.application.access.NotPermittedException;
import org.tacit.application.access.ScopeTasks;
import org.tacit.application.access.Scopes;
import org.tacit.application.access.SecurityEvents;
import org.tacit.application.access.TooManyAtOnceException;
import org.tacit.application.access.Work;
import org.tacit.application.access.WorkPermits;
import org.tacit.application.assessment.DraftPreview;
import org.tacit.application.assessment.Reproduction;
import org.tacit.application.assessment.RuleSetEdit;
import org.tacit.application.assessment.RuleSetSummary;
import org.tacit.application.assessment.RunComparison;
import org.tacit.application.assessment.RunSummary;
import org.tacit.application.assessment.RunTaskQuery;
import org.tacit.application.assessment.RunTaskQuery.Order;
import org.tacit.application.assessment.RunTasks;
import org.tacit.application.assessment.ScoreReason;
import org.tacit.application.assessment.TaskScoreSummaries;
import org.tacit.application.assessment.TaskScoreSummary;
import org.tacit.application.library.internal.ClerkOccupation;
import org.tacit.application.operations.ClusterWork;
import org.tacit.domain.model.assessment.AssessmentScope;
import org.tacit.domain.model.assessment.TaskInput;
import org.tacit.domain.model.inventory.InventoryChange;
import org.tacit.domain.model.inventory.Provenance;
import org.tacit.domain.model.inventory.Role;
import org.tacit.domain.model.inventory.Task;
import org.tacit.domain.model.inventory.TaskFact;
import org.tacit.domain.model.inventory.TaskFacts;
import org.tacit.domain.model.organisation.Department;
import org.tacit.domain.scoring.RuleSet;
import org.tacit.domain.scoring.Scorer;
import org.tacit.infrastructure.persistence.AssessmentRepository;
import org.tacit.infrastructure.persistence.InventoryRepository;
import org.tacit.infrastructure.persistence.OccupationRepository;
import org.tacit.infrastructure.persistence.TestDatabase;
import org.tacit.text.Sentence;
import org.tacit.text.Words;

public class AssessmentsTest {

  @RegisterExtension final SecurityEvents events = new SecurityEvents();

  private static final CallerScope ANNA =
      new CallerScope("anna", Set.of(CallerScope.ANALYST), Set.of());
  private static final CallerScope ADA =
      new CallerScope("ada", Set.of(CallerScope.ADMIN), Set.of());
  private static final CallerScope FIN_EDITOR =
      new CallerScope("hedda", Set.of(CallerScope.EDITOR), Set.of("FIN"));
  private static final CallerScope OPS_VIEWER =
      new CallerScope("vic", Set.of(CallerScope.VIEWER), Set.of("OPS"));
  private static final String MATCHING = ClerkOccupation.MATCHING;

  @ParameterizedTest
  @EnumSource(TestDatabase.class)
  void theSeededVersionOneIsTheRuleSetTheCodeDefines(TestDatabase database) {
    try (EntityManagerFactory jpa = database.freshJpa()) {
      RuleSet seeded = inTransaction(jpa, em -> new AssessmentRepository(em).published().ruleSet());
      assertThat(seeded).isEqualTo(RuleSet.version1());
    }
  }

  @ParameterizedTest
  @EnumSource(TestDatabase.class)
  void aRunKeepsItsInputsAndFiguresWhateverIsEditedLaterAndReproducesExactly(
      TestDatabase database) {
    try (EntityManagerFactory jpa = database.freshJpa()) {
      Organisation org = organisation(jpa);
      long runId = as(jpa, ANNA, a -> a.start(AssessmentScope.organisation())).id();
      RunTasks stored = as(jpa, ANNA, a -> a.tasks(runId, null, 0, 100));

      assertThat(stored.run().status()).isEqualTo("DONE");
      assertThat(stored.total()).isEqualTo(3);
      TaskScoreSummary matching = byStatement(stored.tasks(), MATCHING);
      List<TaskScoreSummary> current =
          as(jpa, ANNA, a -> a.current(AssessmentScope.organisation()));
      assertThat(stored.tasks()).containsExactlyInAnyOrderElementsOf(current);

      inTransaction(
          jpa,
          em -> {
            Task task = em.find(Task.class, org.matchingTask);
            task.revise(
                task.facts()
                    .with(TaskFact.TACIT_CONTEXT, new BigDecimal("5"), Provenance.CONFIRMED));
            return null;
          });
      TaskScoreSummary afterEdit =
          byStatement(as(jpa, ANNA, a -> a.tasks(runId, null, 0, 100)).tasks(), MATCHING);
      assertThat(afterEdit).isEqualTo(matching);
      TaskScoreSummary nowEdited =
          byStatement(as(jpa, ANNA, a -> a.current(AssessmentScope.role(org.clerk))), MATCHING);
      assertThat(nowEdited.learningNeed()).isGreaterThan(matching.learningNeed());

      Reproduction again = as(jpa, ANNA, a -> a.reproduce(runId));
      assertThat(again.tasks()).isEqualTo(3);
      assertThat(again.exact()).as(again.differences().toString()).isTrue();
    }
  }

  @ParameterizedTest
  @EnumSource(TestDatabase.class)
  void aRunsTasksAreSortedFilteredAndPagedByTheDatabase(TestDatabase database) {
    try (EntityManagerFactory jpa = database.freshJpa()) {
      organisation(jpa);
      long runId = as(jpa, ANNA, a -> a.start(AssessmentScope.organisation())).id();

      RunTasks byStatement =
          as(jpa, ANNA, a -> a.taskPage(runId, query(null, null, Order.STATEMENT, false), 0, 100));
      assertThat(byStatement.tasks())
          .extracting(TaskScoreSummary::statement)
          .containsExactly(
              "Drive the delivery route", MATCHING, "Resolve disputed invoices with suppliers");
      RunTasks secondPage =
          as(jpa, ANNA, a -> a.taskPage(runId, query(null, null, Order.STATEMENT, true), 1, 1));
      assertThat(secondPage.total()).isEqualTo(3);
      assertThat(secondPage.tasks())
          .extracting(TaskScoreSummary::statement)
          .containsExactly(MATCHING);

      List<TaskScoreSummary> mostToLearnFirst =
          as(
                  jpa,
                  ANNA,
                  a -> a.taskPage(runId, query(null, null, Order.LEARNING_NEED, true), 0, 100))
              .tasks();
      assertThat(mostToLearnFirst)
          .extracting(TaskScoreSummary::learningNeed)
          .isSortedAccordingTo(Comparator.reverseOrder());
      List<TaskScoreSummary> byRole =
          as(jpa, ANNA, a -> a.taskPage(runId, query(null, null, Order.ROLE, false), 0, 100))
              .tasks();
      assertThat(byRole)
          .extracting(TaskScoreSummary::roleTitle)
          .containsExactly("Accounts clerk", "Accounts clerk", "Delivery driver");

      RunTasks invoices =
          as(
              jpa,
              ANNA,
              a -> a.taskPage(runId, query("INVOICE", null, Order.STATEMENT, false), 0, 9));
      assertThat(invoices.total()).as("contains, whatever the case").isEqualTo(2);
      assertThat(invoices.tasks())
          .extracting(TaskScoreSummary::statement)
          .containsExactly(MATCHING, "Resolve disputed invoices with suppliers");
      assertThat(as(jpa, ANNA, a -> a.taskPage(runId, query("%", null, null, false), 0, 9)).total())
          .as("a wildcard in the filter is a plain character")
          .isZero();

      String driveClass = byStatement.tasks().get(0).taskClass();
      RunTasks ofClass =
          as(jpa, ANNA, a -> a.taskPage(runId, query(null, driveClass, null, false), 0, 9));
      assertThat(ofClass.tasks()).extracting(TaskScoreSummary::taskClass).containsOnly(driveClass);
      assertThat(ofClass.tasks())
          .extracting(TaskScoreSummary::statement)
          .contains("Drive the delivery route");
      assertThat(
              as(
                      jpa,
                      ANNA,
                      a ->
                          a.taskPage(
                              runId,
                              new RunTaskQuery("OPS", "invoice", null, Order.STATEMENT, false),
                              0,
                              9))
                  .total())
          .as("the department narrows the statement filter further")
          .isZero();
    }
  }

  private static RunTaskQuery query(
      String statementContains, String taskClass, Order order, boolean descending) {
    return new RunTaskQuery(null, statementContains, taskClass, order, descending);
  }

  @ParameterizedTest
  @EnumSource(TestDatabase.class)
  void theScoresNowAreSharedByEveryReaderUntilAnEditMakesThemScoreAgain(TestDatabase database) {
    try (EntityManagerFactory jpa = database.freshJpa()) {
      Organisation org = organisation(jpa);
      CurrentScores shared = new CurrentScores();
      AssessmentScope finance = AssessmentScope.department("FIN");
      Function<CallerScope, List<TaskScoreSummary>> now =
          caller ->
              inTransaction(
                  jpa,
                  em -> {
                    AssessmentsBean bean = assessments(em, caller);
                    bean.scores = shared;
                    return bean.current(finance);
                  });

      List<TaskScoreSummary> anna = now.apply(ANNA);
      assertThat(now.apply(FIN_EDITOR))
          .as("a second reader of the same department gets the same scores, not scored again")
          .isSameAs(anna);

      inTransaction(
          jpa,
          em -> {
            Task task = em.find(Task.class, org.matchingTask);
            String before = task.facts().toString();
            task.revise(
                task.facts()
                    .with(TaskFact.TACIT_CONTEXT, new BigDecimal("5"), Provenance.CONFIRMED));
            new InventoryRepository(em)
                .record(
                    new InventoryChange(
                        Instant.now(),
                        "hedda",
                        task.role(),
                        InventoryChange.Action.CHANGED,
                        task.statement(),
                        before,
                        task.facts().toString()));
            return null;
          });

      List<TaskScoreSummary> afterEdit = now.apply(FIN_EDITOR);
      assertThat(afterEdit).isNotSameAs(anna);
      assertThat(byStatement(afterEdit, MATCHING).learningNeed())
          .as("the edit is in the scores at once")
          .isGreaterThan(byStatement(anna, MATCHING).learningNeed());
    }
  }

  @ParameterizedTest
  @EnumSource(TestDatabase.class)
  void unknownAnswersOfALinkedRoleAreFilledFromOnetAsEstimatesThatLowerConfidence(
      TestDatabase database) {
    try (EntityManagerFactory jpa = database.freshJpa()) {
      Organisation org = organisation(jpa);
      List<TaskScoreSummary> now = as(jpa, ANNA, a -> a.current(AssessmentScope.role(org.clerk)));

      TaskScoreSummary onetTask = byStatement(now, MATCHING);
      ScoreReason proficiency = reason(onetTask, "LEARN-PROFICIENCY");
      assertThat(proficiency.estimated()).isTrue();
      assertThat(proficiency.text()).contains("(3/5)"); // 1–3 months of on-the-job training
      assertThat(reason(onetTask, "AUTO-REPETITION").text())
          .contains("(5/5)"); // its own frequency: 4 a workday
      assertThat(reason(onetTask, "AUTO-DIGITAL").estimated())
          .isFalse(); // the answer HR gave stays
      assertThat(reason(onetTask, "LEARN-TRUST").estimated())
          .isTrue(); // its work activities: no people work

      TaskFacts given = inTransaction(jpa, em -> em.find(Task.class, org.matchingTask).facts());
      TaskScoreSummary confirmedOnly =
          TaskScoreSummaries.of(inputOf(onetTask, given), Scorer.score(given, RuleSet.version1()));
      assertThat(onetTask.reasons()).hasSizeGreaterThan(confirmedOnly.reasons().size());
      assertThat(onetTask.confidence())
          .isGreaterThan(confirmedOnly.confidence()); // known beats unknown
      assertThat(onetTask.confidence())
          .isLessThan(1.0); // but an estimate is not a confirmed answer
    }
  }

  @ParameterizedTest
  @EnumSource(TestDatabase.class)
  void anEditorAssessesAndReadsOnlyTheirDepartments(TestDatabase database) {
    try (EntityManagerFactory jpa = database.freshJpa()) {
      Organisation org = organisation(jpa);
      long runId = as(jpa, ANNA, a -> a.start(AssessmentScope.organisation())).id();

      assertThat(as(jpa, FIN_EDITOR, a -> a.tasks(runId, null, 0, 100)).tasks())
          .extracting(TaskScoreSummary::departmentCode)
          .containsOnly("FIN");
      assertThat(
              as(jpa, FIN_EDITOR, a -> a.run(runId)).classCounts().values().stream()
                  .mapToInt(i -> i)
                  .sum())
          .isEqualTo(2);
      assertThatThrownBy(
              () -> as(jpa, FIN_EDITOR, a -> a.current(AssessmentScope.department("OPS"))))
          .isInstanceOf(NotPermittedException.class);
      assertThatThrownBy(() -> as(jpa, FIN_EDITOR, a -> a.tasks(runId, "OPS", 0, 100)))
          .isInstanceOf(NotPermittedException.class);
      assertThatThrownBy(
              () -> as(jpa, FIN_EDITOR, a -> a.start(AssessmentScope.task(org.driveTask))))
          .isInstanceOf(NotPermittedException.class);
      long oneTask = as(jpa, FIN_EDITOR, a -> a.start(AssessmentScope.task(org.matchingTask))).id();
      assertThat(as(jpa, FIN_EDITOR, a -> a.tasks(oneTask, null, 0, 100)).tasks())
          .extracting(TaskScoreSummary::statement)
          .containsExactly(MATCHING);
      long own = as(jpa, FIN_EDITOR, a -> a.start(AssessmentScope.organisation())).id();
      assertThat(as(jpa, ANNA, a -> a.tasks(own, null, 0, 100)).total()).isEqualTo(2);
      assertThat(org.clerk).isPositive();
    }
  }

  @ParameterizedTest
  @EnumSource(TestDatabase.class)
  void
      aRunIsSeenWholeOnlyByWhoMayReadEveryDepartmentItCoversRedactedByWhoReadsSomeAndNotAtAllByOthers(
          TestDatabase database) {
    try (EntityManagerFactory jpa = database.freshJpa()) {
      Organisation org = organisation(jpa);
      long organisation = as(jpa, ANNA, a -> a.start(AssessmentScope.organisation())).id();
      long finance = as(jpa, FIN_EDITOR, a -> a.start(AssessmentScope.department("FIN"))).id();
      long clerk = as(jpa, FIN_EDITOR, a -> a.start(AssessmentScope.role(org.clerk))).id();

      RunSummary financeSeenByEditor = as(jpa, FIN_EDITOR, a -> a.run(finance));
      assertThat(financeSeenByEditor.redacted()).isFalse();
      assertThat(financeSeenByEditor.scopeLabel()).isEqualTo("Finance (FIN)");
      assertThat(financeSeenByEditor.startedBy()).isEqualTo("hedda");
      RunSummary organisationSeenByEditor = as(jpa, FIN_EDITOR, a -> a.run(organisation));
      assertThat(organisationSeenByEditor.redacted()).isTrue();
      assertThat(organisationSeenByEditor.scopeLabel()).isNull();
      assertThat(organisationSeenByEditor.startedBy()).isNull();
      assertThat(organisationSeenByEditor.total()).isZero();
      List<RunSummary> editorsList = as(jpa, FIN_EDITOR, a -> a.runs());
      assertThat(editorsList)
          .extracting(RunSummary::id, RunSummary::redacted)
          .containsExactly(tuple(clerk, false), tuple(finance, false), tuple(organisation, true));

      List<RunSummary> viewersList = as(jpa, OPS_VIEWER, a -> a.runs());
      assertThat(viewersList)
          .extracting(RunSummary::id, RunSummary::redacted)
          .containsExactly(tuple(organisation, true));
      for (long hidden : List.of(finance, clerk)) {
        assertThatThrownBy(() -> as(jpa, OPS_VIEWER, a -> a.run(hidden)))
            .isInstanceOf(NotFoundException.class)
            .hasMessage("There is no assessment run " + hidden + ".");
        assertThatThrownBy(() -> as(jpa, OPS_VIEWER, a -> a.tasks(hidden, null, 0, 100)))
            .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> as(jpa, OPS_VIEWER, a -> a.reproduce(hidden)))
            .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> as(jpa, OPS_VIEWER, a -> a.compare(organisation, hidden)))
            .isInstanceOf(NotFoundException.class);
      }
      assertThat(events.lines())
          .anySatisfy(
              line ->
                  assertThat(line)
                      .contains(
                          "user=\"vic\" action=\"read-run\""
                              + " object=\"assessment run "
                              + finance
                              + "\" outcome=refused"));
      RunTasks opsPart = as(jpa, OPS_VIEWER, a -> a.tasks(organisation, null, 0, 100));
      assertThat(opsPart.run().redacted()).isTrue();
      assertThat(opsPart.run().startedBy()).isNull();
      assertThat(opsPart.tasks()).extracting(TaskScoreSummary::departmentCode).containsOnly("OPS");
      RunComparison withItself = as(jpa, FIN_EDITOR, a -> a.compare(organisation, finance));
      assertThat(withItself.earlier().redacted()).isTrue();
      assertThat(withItself.later().scopeLabel()).isEqualTo("Finance (FIN)");

      List<RunSummary> analystsList = as(jpa, ANNA, a -> a.runs());
      assertThat(analystsList).extracting(RunSummary::redacted).containsOnly(false);
      assertThat(as(jpa, ANNA, a -> a.run(clerk)).scopeLabel()).isEqualTo("Accounts clerk · FIN");
    }
  }

  @ParameterizedTest
  @EnumSource(TestDatabase.class)
  void anEditorSeesWholeTheRunOfAllTheirDepartmentsThatTheyStarted(TestDatabase database) {
    try (EntityManagerFactory jpa = database.freshJpa()) {
      organisation(jpa);
      long own = as(jpa, FIN_EDITOR, a -> a.start(AssessmentScope.organisation())).id();

      RunSummary seen = as(jpa, FIN_EDITOR, a -> a.run(own));
      assertThat(seen.redacted()).isFalse();
      assertThat(seen.scopeLabel()).isEqualTo("Organisation (your departments)");
      assertThat(as(jpa, OPS_VIEWER, a -> a.run(own)).redacted()).isTrue();
    }
  }

  @ParameterizedTest
  @EnumSource(TestDatabase.class)
  void aDraftIsPreviewedThenPublishedAndTheComparisonSaysWhatChangedAndWhy(TestDatabase database) {
    try (EntityManagerFactory jpa = database.freshJpa()) {
      Organisation org = organisation(jpa);
      long before = as(jpa, ANNA, a -> a.start(AssessmentScope.organisation())).id();

      RuleSetSummary draft = rules(jpa, ADA, r -> r.startDraft());
      assertThat(draft.version()).isEqualTo(2);
      Map<String, Double> weights = new HashMap<>(RuleSet.version1().weights());
      weights.put("AUTO-DIGITAL", 9.0);
      RuleSetSummary saved =
          rules(
              jpa,
              ADA,
              r ->
                  r.saveDraft(
                      new RuleSetEdit(
                          draft.rowVersion(), weights, 95, 60, 0.5, "Digital work counts more")));
      assertThatThrownBy(
              () ->
                  rules(
                      jpa,
                      ADA,
                      r ->
                          r.saveDraft(
                              new RuleSetEdit(
                                  draft.rowVersion(), weights, 50, 60, 0.5, "A stale edit"))))
          .isInstanceOf(StaleEditException.class);

      DraftPreview preview = rules(jpa, ADA, r -> r.previewDraft());
      assertThat(preview.tasks()).isEqualTo(3);
      assertThat(preview.changingClass())
          .isPositive(); // the disputes task (L 75) is no longer high at 95
      assertThat(preview.roles().get(0).roleTitle()).isEqualTo("Accounts clerk");

      rules(jpa, ADA, r -> r.publishDraft(saved.rowVersion()));
      assertThat(events.lines())
          .anySatisfy(
              line ->
                  assertThat(line)
                      .contains(
                          "user=\"ada\" action=\"rule-set-publish\" object=\"rule set version 2\""
                              + " outcome=success"));
      assertThat(rules(jpa, ANNA, r -> r.published()).version()).isEqualTo(2);
      long after = as(jpa, ANNA, a -> a.start(AssessmentScope.organisation())).id();
      RunComparison republished = as(jpa, ANNA, a -> a.compare(before, after));
      assertThat(republished.ruleSetChanges().stream().map(Sentence::inEnglish))
          .contains(
              "Rule set version 1 → 2",
              "AUTO-DIGITAL weight 3 → 9",
              "High learning need from 50 → 95");
      assertThat(
              republished.changes().stream().filter(RunComparison.TaskChange::classChanged).count())
          .as("the preview foretold the class changes")
          .isEqualTo(preview.changingClass());

      inTransaction(
          jpa,
          em -> {
            Task task = em.find(Task.class, org.matchingTask);
            task.revise(
                task.facts()
                    .with(TaskFact.TACIT_CONTEXT, new BigDecimal("5"), Provenance.CONFIRMED));
            return null;
          });
      long edited = as(jpa, ANNA, a -> a.start(AssessmentScope.organisation())).id();
      RunComparison comparison = as(jpa, ANNA, a -> a.compare(after, edited));
      assertThat(comparison.ruleSetChanges()).isEmpty();
      assertThat(comparison.changes())
          .extracting(RunComparison.TaskChange::statement)
          .containsExactly(MATCHING);
      List<Sentence> why = comparison.changes().get(0).why();
      assertThat(why.stream().map(Sentence::inEnglish))
          .first()
          .as("the answer by the grid's name")
          .isEqualTo("Context: 1 → 5");
      assertThat(why.stream().map(Sentence::inEnglish))
          .anyMatch(w -> w.startsWith("LEARN-TACIT: "));
      assertThat(why.get(0).in(Words.in(Locale.GERMAN))).isEqualTo("Kontext: 1 → 5");
      assertThat(comparison.unchanged()).isEqualTo(2);
    }
  }

  @Test
  void aPersonWithTwoRunsUnderWayIsRefusedAThirdAndAFinishedRunGivesItsPermitBack() {
    try (EntityManagerFactory jpa = TestDatabase.H2.freshJpa()) {
      organisation(jpa);
      WorkPermits permits = WorkPermits.of(Map.of(Work.RUN, 2));
      Function<AssessmentsBean, Long> start = a -> a.start(AssessmentScope.organisation()).id();
      inTransaction(jpa, em -> start.apply(assessments(em, ANNA, permits, false)));
      inTransaction(jpa, em -> start.apply(assessments(em, ANNA, permits, false)));

      assertThatThrownBy(
              () -> inTransaction(jpa, em -> start.apply(assessments(em, ANNA, permits, false))))
          .isInstanceOf(TooManyAtOnceException.class);
      assertThat(permits.underWay(ANNA.username(), Work.RUN)).isEqualTo(2);
      inTransaction(jpa, em -> start.apply(assessments(em, ADA, permits, true)));
      assertThat(permits.underWay(ADA.username(), Work.RUN))
          .as("a run that ended gave its permit back")
          .isZero();
    }
  }

  /**
   * Each server keeps its own permits; the runs recorded in the database are what the servers
   * share. Two runs of Anna's under way on one server fill her limit on the other as well; once
   * that server stops beating (it died), its runs no longer count, and other people's never did.
   */
  @ParameterizedTest
  @EnumSource(TestDatabase.class)
  void runsUnderWayOnAnotherServerCountAgainstThePersonsLimit(TestDatabase database) {
    try (EntityManagerFactory jpa = database.freshJpa()) {
      organisation(jpa);
      WorkPermits first = WorkPermits.of(Map.of(Work.RUN, 2));
      WorkPermits second = WorkPermits.of(Map.of(Work.RUN, 2));
      Function<AssessmentsBean, Long> start = a -> a.start(AssessmentScope.organisation()).id();
      inTransaction(jpa, em -> start.apply(assessments(em, ANNA, first, false)));
      inTransaction(jpa, em -> start.apply(assessments(em, ANNA, first, false)));

      assertThatThrownBy(
              () -> inTransaction(jpa, em -> start.apply(assessments(em, ANNA, second, false))))
          .isInstanceOf(TooManyAtOnceException.class);
      assertThat(second.underWay(ANNA.username(), Work.RUN))
          .as("the refused start gave its permit back")
          .isZero();
      assertThat(runs(jpa)).as("nothing recorded for the refused start").isEqualTo(2);
      inTransaction(jpa, em -> start.apply(assessments(em, ADA, second, false)));

      inTransactionDo(
          jpa,
          em ->
              em.createNativeQuery("update assessment_run set heartbeat_at = ?")
                  .setParameter(1, Instant.now().minus(ClusterWork.ALIVE).minusSeconds(1))
                  .executeUpdate());
      inTransaction(jpa, em -> start.apply(assessments(em, ANNA, second, false)));
      assertThat(runs(jpa)).isEqualTo(4);
    }
  }

  private static long runs(EntityManagerFactory jpa) {
    return inTransaction(
        jpa,
        em ->
            ((Number) em.createNativeQuery("select count(*) from assessment_run").getSingleResult())
                .longValue());
  }

  // --- a small organisation: Finance with a clerk linked to O*NET, Operations with a driver

  private record Organisation(long clerk, long matchingTask, long driveTask) {}

  private static Organisation organisation(EntityManagerFactory jpa) {
    return inTransaction(
        jpa,
        em -> {
          ClerkOccupation.persist(em);

          Department finance = new Department("FIN", "Finance", null);
          Department operations = new Department("OPS", "Operations", null);
          em.persist(finance);
          em.persist(operations);
          Role clerk = new Role(finance, null, "Accounts clerk");
          clerk.linkOccupation(ClerkOccupation.CODE);
          em.persist(clerk);
          Task matching =
              new Task(
                  clerk,
                  MATCHING,
                  new BigDecimal("60"),
                  TaskFacts.confirmed(
                      Map.of(
                          TaskFact.TACIT_CONTEXT,
                          BigDecimal.ONE,
                          TaskFact.DIGITAL_IO,
                          new BigDecimal("5"),
                          TaskFact.PHYSICAL_PRESENCE,
                          BigDecimal.ONE,
                          TaskFact.DOCUMENTED_PROCEDURE,
                          new BigDecimal("4"))));
          em.persist(matching);
          em.persist(
              new Task(
                  clerk,
                  "Resolve disputed invoices with suppliers",
                  new BigDecimal("40"),
                  TaskFacts.confirmed(
                      Map.of(
                          TaskFact.RELATIONSHIP_TRUST,
                          new BigDecimal("4"),
                          TaskFact.DIGITAL_IO,
                          new BigDecimal("4"),
                          TaskFact.TACIT_CONTEXT,
                          new BigDecimal("4")))));
          Role driver = new Role(operations, null, "Delivery driver");
          em.persist(driver);
          Task drive =
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
                          new BigDecimal("2"))));
          em.persist(drive);
          em.flush();
          return new Organisation(clerk.id(), matching.id(), drive.id());
        });
  }

  // --- the beans, wired by hand on one persistence context, as the container would wire them

  private static <T> T as(
      EntityManagerFactory jpa, CallerScope caller, Function<AssessmentsBean, T> call) {
    return inTransaction(jpa, em -> call.apply(assessments(em, caller)));
  }

  private static <T> T rules(
      EntityManagerFactory jpa, CallerScope caller, Function<RuleSetsBean, T> call) {
    return inTransaction(
        jpa,
        em -> {
          RuleSetsBean bean = new RuleSetsBean();
          bean.callers = callers(caller);
          bean.runs = new AssessmentRepository(em);
          bean.library = new OccupationRepository(em);
          return call.apply(bean);
        });
  }

  public static AssessmentsBean assessments(EntityManager em, CallerScope caller) {
    return assessments(em, caller, WorkPermits.of(Map.of()), true);
  }

  /** With {@code finishing} false, runs are started but their background work never ends. */
  public static AssessmentsBean assessments(
      EntityManager em, CallerScope caller, WorkPermits permits, boolean finishing) {
    AssessmentsBean bean = new AssessmentsBean();
    bean.permits = permits;
    bean.callers = callers(caller);
    bean.runs = new AssessmentRepository(em);
    bean.library = new OccupationRepository(em);
    bean.scopes = new Scopes(new InventoryRepository(em));
    bean.inventory = new InventoryRepository(em);
    bean.board = new RunProgressBoard();
    bean.scores = new CurrentScores();
    bean.classCounts = new RunClassCounts();
    bean.ledger = new RunLedger();
    bean.ledger.runs = bean.runs;
    bean.ledger.library = bean.library;
    bean.ledger.board = bean.board;
    bean.ledger.permits = permits;
    bean.background =
        new BackgroundAssessments() {
          @Override
          public void assess(long runId, ScopeTasks scope, WorkPermits.Permit permit) {
            if (finishing) {
              try (permit) {
                bean.ledger.perform(
                    runId, scope); // the container runs it on another thread, after the request
              }
            }
          }
        };
    return bean;
  }

  private static Callers callers(CallerScope caller) {
    return new Callers() {
      @Override
      public CallerScope current() {
        return caller;
      }
    };
  }

  private static TaskScoreSummary byStatement(List<TaskScoreSummary> tasks, String statement) {
    return tasks.stream().filter(t -> t.statement().equals(statement)).findFirst().orElseThrow();
  }

  private static ScoreReason reason(TaskScoreSummary task, String ruleId) {
    return task.reasons().stream().filter(r -> r.ruleId().equals(ruleId)).findFirst().orElseThrow();
  }

  private static TaskInput inputOf(TaskScoreSummary task, TaskFacts facts) {
    return new TaskInput(
        task.taskId(),
        0,
        task.departmentCode(),
        task.departmentName(),
        task.roleId(),
        task.roleTitle(),
        null,
        null,
        null,
        task.statement(),
        task.timeSharePct(),
        facts);
  }
}
