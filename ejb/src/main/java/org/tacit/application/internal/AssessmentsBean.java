package org.tacit.application.internal;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.tacit.application.Assessments;
import org.tacit.application.CallerScope;
import org.tacit.application.NotFoundException;
import org.tacit.application.Reproduction;
import org.tacit.application.RunComparison;
import org.tacit.application.RunTasks;
import org.tacit.application.RunView;
import org.tacit.application.TaskScoreView;
import org.tacit.application.Work;
import org.tacit.application.WorkPermits;
import org.tacit.domain.model.assessment.AssessmentRun;
import org.tacit.domain.model.assessment.AssessmentScope;
import org.tacit.domain.model.assessment.RunStatus;
import org.tacit.domain.model.assessment.TaskInput;
import org.tacit.domain.scoring.RuleSet;
import org.tacit.domain.scoring.Scorer;
import org.tacit.domain.scoring.TaskClass;
import org.tacit.infrastructure.persistence.AssessedTaskRows;
import org.tacit.infrastructure.persistence.AssessmentRepository;
import org.tacit.infrastructure.persistence.OccupationRepository;

@Stateless
@RolesAllowed({CallerScope.ADMIN, CallerScope.ANALYST, CallerScope.EDITOR, CallerScope.VIEWER})
public class AssessmentsBean implements Assessments {

  private static final int MAX_PAGE = 10_000;

  @Inject Callers callers;
  @Inject Scopes scopes;
  @Inject AssessmentRepository runs;
  @Inject OccupationRepository library;
  @Inject RunProgressBoard board;
  @EJB RunLedger ledger;
  @EJB BackgroundAssessments background;
  @Inject WorkPermits permits;

  @Override
  public List<TaskScoreView> current(AssessmentScope scope) {
    ScopeTasks tasks = scopes.resolve(scope, callers.current());
    RuleSet ruleSet = runs.published().ruleSet();
    List<TaskScoreView> views = new ArrayList<>();
    for (TaskInput task : new Reassessment(runs, new OnetEstimates(library)).inputs(tasks)) {
      views.add(ScoreViews.of(task, Scorer.score(task.facts(), ruleSet)));
    }
    return views;
  }

  @Override
  @RolesAllowed({CallerScope.ADMIN, CallerScope.ANALYST, CallerScope.EDITOR})
  public RunView start(AssessmentScope scope) {
    CallerScope caller = callers.current();
    ScopeTasks tasks = scopes.resolve(scope, caller);
    WorkPermits.Permit permit = permits.take(caller.username(), Work.RUN);
    try {
      long runId = ledger.open(scope, tasks.label(), caller.username());
      background.assess(runId, tasks, permit); // gives the permit back when the run ends or fails
      return view(runs.run(runId).orElseThrow(), null, false);
    } catch (RuntimeException e) {
      permit.close(); // harmless if the background run has already closed it
      throw e;
    }
  }

  @Override
  public RunView run(long runId) {
    return view(stored(runId), scopes.readableCodes(callers.current()), true);
  }

  @Override
  public List<RunView> runs() {
    return runs.runs(200).stream().map(run -> view(run, null, false)).toList();
  }

  @Override
  public RunTasks tasks(long runId, String departmentCode, int first, int max) {
    AssessmentRun run = stored(runId);
    Set<String> codes = visibleCodes(departmentCode);
    int page = Math.max(1, Math.min(max, MAX_PAGE));
    int from = Math.max(0, first);
    RunView view = view(run, codes, true);
    return runs.rows(connection -> {
      List<TaskScoreView> views = AssessedTaskRows.read(connection, runId, codes, from, page).stream()
          .map(row -> ScoreViews.of(row.input(), row.result())).toList();
      return new RunTasks(view, AssessedTaskRows.count(connection, runId, codes), from, views);
    });
  }

  @Override
  public RunComparison compare(long earlierRunId, long laterRunId) {
    AssessmentRun earlier = stored(earlierRunId);
    AssessmentRun later = stored(laterRunId);
    Set<String> codes = scopes.readableCodes(callers.current());
    return new RunComparisons(runs).compare(earlier, view(earlier, codes, true), later, view(later, codes, true), codes);
  }

  @Override
  public Reproduction reproduce(long runId) {
    AssessmentRun run = stored(runId);
    return new RunComparisons(runs).reproduce(run, scopes.readableCodes(callers.current()));
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

  private AssessmentRun stored(long runId) {
    return runs.run(runId).orElseThrow(() -> new NotFoundException("There is no assessment run " + runId + "."));
  }

  /**
   * The run as the caller sees it, with its tasks per class (of the departments in {@code codes},
   * all when null) when asked: lists leave them out, since each count reads the run's tasks.
   */
  private RunView view(AssessmentRun run, Set<String> codes, boolean withClasses) {
    int[] progress = run.status() == RunStatus.RUNNING ? board.of(run.id()) : new int[] {run.taskCount(), run.taskCount()};
    Map<String, Integer> classes = withClasses && run.status() == RunStatus.DONE ? classCounts(run.id(), codes) : Map.of();
    return new RunView(run.id(), run.ruleSetVersion(), run.scope().kind().name(), run.scope().key(), run.scopeLabel(),
        run.status().name(), run.startedAt(), run.startedBy(), run.finishedAt().orElse(null), progress[0],
        progress[1], run.problem().orElse(null), classes);
  }

  private Map<String, Integer> classCounts(long runId, Set<String> codes) {
    Map<TaskClass, Integer> counts = new EnumMap<>(TaskClass.class);
    for (TaskClass c : TaskClass.values()) {
      counts.put(c, 0);
    }
    runs.rows(connection -> {
      AssessedTaskRows.classCounts(connection, runId, codes).forEach((c, n) -> counts.put(TaskClass.valueOf(c), n));
      return null;
    });
    Map<String, Integer> named = new LinkedHashMap<>();
    counts.forEach((c, n) -> named.put(c.name(), n));
    return named;
  }
}
