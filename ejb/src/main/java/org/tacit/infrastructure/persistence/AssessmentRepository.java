package org.tacit.infrastructure.persistence;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.hibernate.Session;
import org.tacit.domain.model.assessment.AssessmentRun;
import org.tacit.domain.model.assessment.RuleSetStatus;
import org.tacit.domain.model.assessment.RuleSetVersion;
import org.tacit.domain.model.assessment.RunStatus;

/**
 * Rule-set versions and assessment runs. A run's tasks go through {@link AssessedTaskRows} on the
 * same connection, since an organisation's hundred thousand rows are written in JDBC batches.
 */
@Dependent
public class AssessmentRepository {

  @PersistenceContext(unitName = "tacit")
  private EntityManager em;

  protected AssessmentRepository() {} // for CDI

  public AssessmentRepository(EntityManager em) {
    this.em = em;
  }

  /** The newest published version: the one new runs are scored with. */
  public RuleSetVersion published() {
    return em
        .createQuery(
            "select r from RuleSetVersion r where r.status = :s order by r.version desc",
            RuleSetVersion.class)
        .setParameter("s", RuleSetStatus.PUBLISHED)
        .setMaxResults(1)
        .getResultList()
        .stream()
        .findFirst()
        .orElseThrow(
            () ->
                new IllegalStateException(
                    "No rule set is published; migration V6 seeds version 1."));
  }

  public Optional<RuleSetVersion> ruleSet(int version) {
    return Optional.ofNullable(em.find(RuleSetVersion.class, version));
  }

  /** Newest first. */
  public List<RuleSetVersion> ruleSets() {
    return em.createQuery(
            "select r from RuleSetVersion r order by r.version desc", RuleSetVersion.class)
        .getResultList();
  }

  public Optional<RuleSetVersion> draft() {
    return em
        .createQuery("select r from RuleSetVersion r where r.status = :s", RuleSetVersion.class)
        .setParameter("s", RuleSetStatus.DRAFT)
        .getResultList()
        .stream()
        .findFirst();
  }

  /**
   * The newest version, locked: two admins starting a draft at once must not both number it the
   * same (the second waits, then sees the first's draft).
   */
  public int newestVersionLocked() {
    RuleSetVersion newest =
        em.createQuery(
                "select r from RuleSetVersion r order by r.version desc", RuleSetVersion.class)
            .setMaxResults(1)
            .getSingleResult();
    em.lock(newest, LockModeType.PESSIMISTIC_WRITE);
    return newest.version();
  }

  public void add(Object entity) {
    em.persist(entity);
  }

  public void remove(RuleSetVersion draft) {
    em.remove(draft);
  }

  public void flush() {
    em.flush();
  }

  public Optional<AssessmentRun> run(long id) {
    return Optional.ofNullable(em.find(AssessmentRun.class, id));
  }

  /** Newest first. */
  public List<AssessmentRun> runs(int limit) {
    return em.createQuery("select r from AssessmentRun r order by r.id desc", AssessmentRun.class)
        .setMaxResults(limit)
        .getResultList();
  }

  /**
   * How many runs {@code actor} has under way on any server: running, with a heartbeat since {@code
   * alive} (a run whose server died is not under way, though it is RUNNING until it is given up).
   */
  public int underWayBy(String actor, Instant alive) {
    return em.createQuery(
            "select count(r) from AssessmentRun r where r.startedBy = :actor"
                + " and r.status = :running and r.heartbeatAt >= :alive",
            Long.class)
        .setParameter("actor", actor)
        .setParameter("running", RunStatus.RUNNING)
        .setParameter("alive", alive)
        .getSingleResult()
        .intValue();
  }

  /**
   * Notes that the server working on run {@code runId} is alive and how far it has got, without
   * changing the run's version (its own transaction still ends it); false when the run is no longer
   * running (it ended, or was given up as its heartbeat went quiet).
   */
  public boolean beat(long runId, int done, int total, Instant at) {
    return em.createQuery(
                "update AssessmentRun r set r.heartbeatAt = :at, r.tasksDone = :done,"
                    + " r.tasksTotal = :total where r.id = :id and r.status = :running")
            .setParameter("at", at)
            .setParameter("done", done)
            .setParameter("total", total)
            .setParameter("id", runId)
            .setParameter("running", RunStatus.RUNNING)
            .executeUpdate()
        == 1;
  }

  /**
   * Fails every run still running whose heartbeat has been quiet since before {@code quietSince}:
   * its server has died. One statement, so that however many servers do it at once each run is
   * failed once; the version changes, so the dead server's transaction, should it come back, cannot
   * mark it done.
   *
   * @return how many runs were failed
   */
  public int failQuiet(Instant quietSince, String why, Instant at) {
    return em.createQuery(
            "update AssessmentRun r set r.status = :failed, r.problem = :why, r.finishedAt = :at,"
                + " r.rowVersion = r.rowVersion + 1"
                + " where r.status = :running and r.heartbeatAt < :quietSince")
        .setParameter("failed", RunStatus.FAILED)
        .setParameter("why", why)
        .setParameter("at", at)
        .setParameter("running", RunStatus.RUNNING)
        .setParameter("quietSince", quietSince)
        .executeUpdate();
  }

  /**
   * The rows of runs and inventories, read and written with plain JDBC on this transaction's
   * connection.
   */
  public <T> T rows(RowWork<T> work) {
    em.flush();
    return em.unwrap(Session.class).doReturningWork(connection -> work.on(connection));
  }

  @FunctionalInterface
  public interface RowWork<T> {
    T on(java.sql.Connection connection) throws java.sql.SQLException;
  }
}
