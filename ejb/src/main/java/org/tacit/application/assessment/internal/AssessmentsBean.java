package org.tacit.application.assessment.internal;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.tacit.application.NotFoundException;
import org.tacit.application.access.CallerScope;
import org.tacit.application.access.Callers;
import org.tacit.application.access.RunAccess;
import org.tacit.application.access.RunAccess.Sight;
import org.tacit.application.access.ScopeTasks;
import org.tacit.application.access.Scopes;
import org.tacit.application.access.SecurityLog;
import org.tacit.application.access.Work;
import org.tacit.application.access.WorkPermits;
import org.tacit.application.assessment.Assessments;
import org.tacit.application.assessment.OnetEstimates;
import org.tacit.application.assessment.Reassessment;
import org.tacit.application.assessment.Reproduction;
import org.tacit.application.assessment.RunComparison;
import org.tacit.application.assessment.RunSummary;
import org.tacit.application.assessment.RunTaskQuery;
import org.tacit.application.assessment.RunTasks;
import org.tacit.application.assessment.TaskScoreSummaries;
import org.tacit.application.assessment.TaskScoreSummary;
import org.tacit.domain.model.assessment.AssessmentRun;
import org.tacit.domain.model.assessment.AssessmentScope;
import org.tacit.domain.model.assessment.RunStatus;
import org.tacit.domain.model.assessment.TaskInput;
import org.tacit.domain.model.library.LibraryRelease;
import org.tacit.domain.scoring.RuleSet;
import org.tacit.domain.scoring.Scorer;
import org.tacit.domain.scoring.TaskClass;
import org.tacit.infrastructure.persistence.AssessedTaskRows;
import org.tacit.infrastructure.persistence.AssessmentRepository;
import org.tacit.infrastructure.persistence.InventoryRepository;
import org.tacit.infrastructure.persistence.OccupationRepository;

@Stateless
@RolesAllowed({CallerScope.ADMIN, CallerScope.ANALYST, CallerScope.EDITOR, CallerScope.VIEWER})
public class AssessmentsBean implements Assessments {

  private static final int MAX_PAGE = 10_000;

  @Inject Callers callers;
  @Inject Scopes scopes;
  @Inject InventoryRepository inventory;
  @Inject AssessmentRepository runs;
  @Inject OccupationRepository library;
  @Inject RunProgressBoard board;
  @Inject CurrentScores scores;
  @Inject RunClassCounts classCounts;
  @EJB RunLedger ledger;
  @EJB BackgroundAssessments background;
  @Inject WorkPermits permits;

  @Override
  public List<TaskScoreSummary> current(AssessmentScope scope) {
    ScopeTasks tasks = scopes.resolve(scope, callers.current());
    RuleSet ruleSet = runs.published().ruleSet();
    CurrentScores.State state =
        new CurrentScores.State(
            inventory.revision(),
            ruleSet.version(),
            library.release().map(LibraryRelease::loadedAt).orElse(null),
            tasks);
    return scores.of(
        state,
        () -> {
          List<TaskScoreSummary> views = new ArrayList<>();
          for (TaskInput task : new Reassessment(runs, new OnetEstimates(library)).inputs(tasks)) {
            views.add(TaskScoreSummaries.of(task, Scorer.score(task.facts(), ruleSet)));
          }
          return views;
        });
  }

  @Override
  @RolesAllowed({CallerScope.ADMIN, CallerScope.ANALYST, CallerScope.EDITOR})
  public RunSummary start(AssessmentScope scope) {
    CallerScope caller = callers.current();
    ScopeTasks tasks = scopes.resolve(scope, caller);
    WorkPermits.Permit permit = permits.take(caller.username(), Work.RUN);
    try {
      long runId = ledger.open(scope, tasks.label(), caller.username());
      board.begin(runId); // this server's from now: its heartbeat starts before the work does
      try {
        background.assess(runId, tasks, permit); // gives the permit back when the run ends or fails
      } catch (RuntimeException e) {
        board.forget(runId);
        throw e;
      }
      return view(runs.run(runId).orElseThrow(), null, false, Sight.WHOLE);
    } catch (RuntimeException e) {
      permit.close(); // harmless if the background run has already closed it
      throw e;
    }
  }

  @Override
  public RunSummary run(long runId) {
    CallerScope caller = callers.current();
    Seen seen = seen(runId, caller);
    return view(seen.run(), scopes.readableCodes(caller), true, seen.sight());
  }

  /** Newest first; runs that cover none of the caller's departments are left out. */
  @Override
  public List<RunSummary> runs() {
    RunAccess access = access(callers.current());
    List<RunSummary> views = new ArrayList<>();
    for (AssessmentRun run : runs.runs(200)) {
      Sight sight = access.of(run);
      if (sight != Sight.NONE) {
        views.add(view(run, null, false, sight));
      }
    }
    return views;
  }

  @Override
  public RunTasks tasks(long runId, String departmentCode, int first, int max) {
    return taskPage(runId, RunTaskQuery.of(departmentCode), first, max);
  }

  @Override
  public RunTasks taskPage(long runId, RunTaskQuery query, int first, int max) {
    Seen seen = seen(runId, callers.current());
    AssessmentRun run = seen.run();
    Set<String> codes = visibleCodes(query.departmentCode());
    int page = Math.max(1, Math.min(max, MAX_PAGE));
    int from = Math.max(0, first);
    RunSummary view = view(run, codes, true, seen.sight());
    AssessedTaskRows.Selection selection =
        new AssessedTaskRows.Selection(
            codes,
            query.statementContains(),
            query.taskClass(),
            AssessedTaskRows.Order.valueOf(query.order().name()),
            query.descending());
    return runs.rows(
        connection -> {
          List<TaskScoreSummary> views =
              AssessedTaskRows.read(connection, runId, selection, from, page).stream()
                  .map(row -> TaskScoreSummaries.of(row.input(), row.result()))
                  .toList();
          return new RunTasks(view, count(connection, view, selection), from, views);
        });
  }

  @Override
  public RunComparison compare(long earlierRunId, long laterRunId) {
    CallerScope caller = callers.current();
    Seen earlier = seen(earlierRunId, caller);
    Seen later = seen(laterRunId, caller);
    Set<String> codes = scopes.readableCodes(caller);
    return new RunComparisons(runs)
        .compare(
            earlier.run(),
            view(earlier.run(), codes, true, earlier.sight()),
            later.run(),
            view(later.run(), codes, true, later.sight()),
            codes);
  }

  @Override
  public Reproduction reproduce(long runId) {
    CallerScope caller = callers.current();
    return new RunComparisons(runs)
        .reproduce(seen(runId, caller).run(), scopes.readableCodes(caller));
  }

  private Set<String> visibleCodes(String departmentCode) {
    CallerScope caller = callers.current();
    Set<String> readable = scopes.readableCodes(caller);
    if (departmentCode == null || departmentCode.isBlank()) {
      return readable;
    }
    caller.requireRead(departmentCode);
    Set<String> below = new HashSet<>(scopes.codesBelow(departmentCode));
    if (readable != null) {
      below.retainAll(readable);
    }
    return below;
  }

  /** A run and how the caller sees it. */
  private record Seen(AssessmentRun run, Sight sight) {}

  /**
   * The run, unless the caller may read none of the departments it covers: then it is as absent as
   * an id never used (404, not 403), so that nobody learns which runs others made.
   */
  private Seen seen(long runId, CallerScope caller) {
    NotFoundException absent = NotFoundException.saying("notFound.run", String.valueOf(runId));
    AssessmentRun run = runs.run(runId).orElseThrow(() -> absent);
    Sight sight = access(caller).of(run);
    if (sight == Sight.NONE) {
      SecurityLog.refused(
          caller.username(),
          "read-run",
          "assessment run " + runId,
          "covers none of the caller's departments");
      throw absent;
    }
    return new Seen(run, sight);
  }

  private RunAccess access(CallerScope caller) {
    return new RunAccess(caller, inventory, runs);
  }

  /**
   * The run as the caller sees it, with its tasks per class (of the departments in {@code codes},
   * all when null) when asked: lists leave them out, since each count reads the run's tasks.
   */
  private RunSummary view(AssessmentRun run, Set<String> codes, boolean withClasses, Sight sight) {
    Map<String, Integer> classes =
        withClasses && run.status() == RunStatus.DONE ? classCounts(run.id(), codes) : Map.of();
    if (sight == Sight.REDACTED) {
      return new RunSummary(
          run.id(),
          run.ruleSetVersion(),
          run.scope().kind().name(),
          null,
          null,
          run.status().name(),
          run.startedAt(),
          null,
          run.finishedAt().orElse(null),
          0,
          0,
          null,
          classes,
          true);
    }
    // From the run's row, as its server last wrote it: any server shows a run's progress
    int[] progress =
        run.status() == RunStatus.RUNNING
            ? new int[] {run.tasksDone(), run.tasksTotal()}
            : new int[] {run.taskCount(), run.taskCount()};
    return new RunSummary(
        run.id(),
        run.ruleSetVersion(),
        run.scope().kind().name(),
        run.scope().key(),
        run.scopeLabel(),
        run.status().name(),
        run.startedAt(),
        run.startedBy(),
        run.finishedAt().orElse(null),
        progress[0],
        progress[1],
        run.problem().orElse(null),
        classes,
        false);
  }

  /**
   * How many of the run's tasks {@code selection} keeps: read from the run's tasks per class,
   * counted once, unless a statement filter asks the database.
   */
  private static int count(
      Connection connection, RunSummary run, AssessedTaskRows.Selection selection)
      throws SQLException {
    if (selection.statementContains() != null || run.classCounts().isEmpty()) {
      return AssessedTaskRows.count(connection, run.id(), selection);
    }
    if (selection.taskClass() != null) {
      return run.classCounts().getOrDefault(selection.taskClass(), 0);
    }
    return run.classCounts().values().stream().mapToInt(Integer::intValue).sum();
  }

  private Map<String, Integer> classCounts(long runId, Set<String> codes) {
    Map<String, Integer> counted =
        classCounts.of(
            runId,
            codes,
            () -> runs.rows(connection -> AssessedTaskRows.classCounts(connection, runId, codes)));
    Map<String, Integer> named = new LinkedHashMap<>(); // every class, in the classes' order
    for (TaskClass c : TaskClass.values()) {
      named.put(c.name(), counted.getOrDefault(c.name(), 0));
    }
    return named;
  }
}
