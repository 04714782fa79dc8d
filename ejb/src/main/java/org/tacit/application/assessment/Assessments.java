package org.tacit.application.assessment;

import jakarta.ejb.Local;
import java.util.List;
import org.tacit.application.NotFoundException;
import org.tacit.application.access.TooManyAtOnceException;
import org.tacit.domain.model.assessment.AssessmentScope;

/**
 * Scores of tasks with the published rule set, now (always current: computed from the answers as
 * they stand), and as immutable runs that keep their inputs and figures. Every call sees only the
 * caller's departments. A run that covers departments the caller may not read comes redacted (see
 * {@link RunSummary#redacted()}); one that covers none of theirs is a {@link NotFoundException}, as
 * an unknown id is, and is left out of {@link #runs()}.
 */
@Local
public interface Assessments {

  /** The tasks of a role or department (with the departments below it) as they score now. */
  List<TaskScoreSummary> current(AssessmentScope scope);

  /**
   * Starts a run and returns at once; the run scores and stores in the background, and {@link #run}
   * shows its progress. Analysts and administrators may assess the organisation; an HR editor the
   * departments and roles they may read.
   *
   * @throws TooManyAtOnceException when the caller already has as many runs under way as one person
   *     may
   */
  RunSummary start(AssessmentScope scope);

  RunSummary run(long runId);

  /** Newest first. */
  List<RunSummary> runs();

  /**
   * A page of the run's tasks of the caller's departments, narrowed to one department (and below)
   * if not null.
   */
  RunTasks tasks(long runId, String departmentCode, int first, int max);

  /**
   * A page of the run's tasks of the caller's departments that {@code query} keeps, in its order:
   * narrowed, sorted and paged by the database.
   */
  RunTasks taskPage(long runId, RunTaskQuery query, int first, int max);

  /** What changed from {@code earlierRunId} to {@code laterRunId}, in the caller's departments. */
  RunComparison compare(long earlierRunId, long laterRunId);

  /**
   * Scores the run's stored inputs again with its rule-set version and compares with what it
   * stored.
   */
  Reproduction reproduce(long runId);
}
