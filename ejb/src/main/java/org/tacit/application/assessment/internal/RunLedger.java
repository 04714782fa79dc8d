package org.tacit.application.assessment.internal;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.LocalBean;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.tacit.application.access.ScopeTasks;
import org.tacit.application.access.TooManyAtOnceException;
import org.tacit.application.access.Work;
import org.tacit.application.access.WorkPermits;
import org.tacit.application.assessment.OnetEstimates;
import org.tacit.application.assessment.Reassessment;
import org.tacit.application.operations.ClusterWork;
import org.tacit.domain.model.assessment.AssessmentRun;
import org.tacit.domain.model.assessment.AssessmentScope;
import org.tacit.domain.model.assessment.RunStatus;
import org.tacit.domain.scoring.RuleSet;
import org.tacit.infrastructure.persistence.AssessmentRepository;
import org.tacit.infrastructure.persistence.OccupationRepository;

/**
 * The transactions of a run. Opening it commits on its own, so the run is visible (RUNNING) before
 * the background work starts; the work stores every task and marks the run DONE in one transaction;
 * a failure is recorded in a transaction of its own, after the work's has rolled back. The run's
 * version makes marking it DONE fail when meanwhile another server gave it up ({@link RunWatch}):
 * then nothing of the work is stored.
 */
@Stateless
@LocalBean
@PermitAll // only AssessmentsBean and BackgroundAssessments call it, after their own checks
public class RunLedger {

  /**
   * How long a run's heartbeat may be quiet before the run is given up: the same as for every work
   * of the cluster.
   */
  static final Duration QUIET = ClusterWork.QUIET;

  @Inject AssessmentRepository runs;
  @Inject OccupationRepository library;
  @Inject RunProgressBoard board;
  @Inject WorkPermits permits;

  /**
   * Records a new run of {@code actor}'s, running.
   *
   * @throws TooManyAtOnceException when {@code actor} already has as many runs under way on the
   *     servers of the cluster as one person may ({@link WorkPermits#requireRoomIn})
   */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public long open(AssessmentScope scope, String label, String actor) {
    Instant now = Instant.now(Clock.systemUTC());
    permits.requireRoomIn(actor, Work.RUN, runs.underWayBy(actor, now.minus(ClusterWork.ALIVE)));
    AssessmentRun run = new AssessmentRun(scope, label, runs.published().version(), actor, now);
    runs.add(run);
    runs.flush();
    return run.id();
  }

  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public void perform(long runId, ScopeTasks scope) {
    AssessmentRun run = runs.run(runId).orElseThrow();
    RuleSet ruleSet = runs.ruleSet(run.ruleSetVersion()).orElseThrow().ruleSet();
    int tasks =
        new Reassessment(runs, new OnetEstimates(library))
            .perform(
                runId,
                scope,
                ruleSet,
                total -> board.total(runId, total),
                done -> board.done(runId, done));
    run.finish(tasks, Instant.now(Clock.systemUTC()));
  }

  /**
   * Fails the run unless it has ended already (its server's heartbeat went quiet and another server
   * gave it up).
   */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public void fail(long runId, String why) {
    runs.run(runId)
        .filter(run -> run.status() == RunStatus.RUNNING)
        .ifPresent(run -> run.fail(why, Instant.now(Clock.systemUTC())));
  }

  /** See {@link AssessmentRepository#beat}. */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public boolean beat(long runId, int done, int total) {
    return runs.beat(runId, done, total, Instant.now(Clock.systemUTC()));
  }

  /** Fails the runs whose heartbeat has been quiet for {@link #QUIET}; how many. */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public int failQuiet() {
    Instant now = Instant.now(Clock.systemUTC());
    return runs.failQuiet(
        now.minus(QUIET),
        "The server working on this run stopped; it stored nothing. Start it again.",
        now);
  }
}
