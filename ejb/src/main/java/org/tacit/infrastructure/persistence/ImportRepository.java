package org.tacit.infrastructure.persistence;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.tacit.domain.model.inventory.FileImport;
import org.tacit.domain.model.inventory.FileImport.State;
import org.tacit.domain.model.inventory.imports.ImportProgress;
import org.tacit.text.Sentence;

/**
 * The rows of inventory imports. Every change of state is one conditional update on the row, so
 * that when the import's server and a server giving it up write at the same moment, the database
 * lets exactly one of them end it.
 */
@Dependent
public class ImportRepository {

  @PersistenceContext(unitName = "tacit")
  private EntityManager em;

  protected ImportRepository() {} // for CDI

  /** For code that owns its persistence context, such as the tests. */
  public ImportRepository(EntityManager em) {
    this.em = em;
  }

  public void add(FileImport fileImport) {
    em.persist(fileImport);
    em.flush();
  }

  /** As the database holds it now, not as this persistence context saw it before. */
  public Optional<FileImport> find(long id) {
    return em.createQuery("select i from FileImport i where i.id = :id", FileImport.class)
        .setParameter("id", id)
        .setHint("org.hibernate.readOnly", true)
        .getResultStream()
        .findFirst();
  }

  /** Newest first. */
  public List<FileImport> startedBy(String actor, int limit) {
    return em.createQuery(
            "select i from FileImport i where i.startedBy = :actor"
                + " order by i.startedAt desc, i.id desc",
            FileImport.class)
        .setParameter("actor", actor)
        .setHint("org.hibernate.readOnly", true)
        .setMaxResults(limit)
        .getResultList();
  }

  /**
   * How many imports {@code actor} has under way on any server: running, with a heartbeat since
   * {@code alive} (an import whose server died is not under way, though it is RUNNING until it is
   * given up).
   */
  public int underWayBy(String actor, Instant alive) {
    return em.createQuery(
            "select count(i) from FileImport i where i.startedBy = :actor"
                + " and i.state = :running and i.heartbeatAt >= :alive",
            Long.class)
        .setParameter("actor", actor)
        .setParameter("running", State.RUNNING)
        .setParameter("alive", alive)
        .getSingleResult()
        .intValue();
  }

  /**
   * Notes that the import's server is alive and how far it has got, without changing its version;
   * false when the import is no longer running (it ended, or was given up).
   */
  public boolean beat(long id, ImportProgress.Phase phase, int done, int total, Instant at) {
    return em.createQuery(
                "update FileImport i set i.heartbeatAt = :at, i.phase = :phase,"
                    + " i.rowsDone = :done, i.rowsTotal = :total"
                    + " where i.id = :id and i.state = :running")
            .setParameter("at", at)
            .setParameter("phase", phase)
            .setParameter("done", done)
            .setParameter("total", total)
            .setParameter("id", id)
            .setParameter("running", State.RUNNING)
            .executeUpdate()
        == 1;
  }

  /**
   * Marks the import done, in the import's own transaction, if it is still running; false when
   * another server has given it up meanwhile, and then the import's transaction must roll back. The
   * version changes, as with every end, for anyone who holds the row to change it.
   */
  public boolean finish(long id, int tasks, String departments, Instant at) {
    return em.createQuery(
                "update FileImport i set i.state = :done, i.finishedAt = :at, i.heartbeatAt = :at,"
                    + " i.tasksImported = :tasks, i.rowsDone = :tasks, i.rowsTotal = :tasks,"
                    + " i.phase = :writing, i.departments = :departments,"
                    + " i.rowVersion = i.rowVersion + 1"
                    + " where i.id = :id and i.state = :running")
            .setParameter("done", State.DONE)
            .setParameter("at", at)
            .setParameter("tasks", tasks)
            .setParameter("writing", ImportProgress.Phase.WRITING)
            .setParameter("departments", departments)
            .setParameter("id", id)
            .setParameter("running", State.RUNNING)
            .executeUpdate()
        == 1;
  }

  /** Fails the import unless it has ended already; false then. */
  public boolean fail(long id, Sentence why, Instant at) {
    return em.createQuery(
                "update FileImport i set i.state = :failed, i.finishedAt = :at,"
                    + " i.reasonKey = :key, i.reasonArguments = :arguments,"
                    + " i.rowVersion = i.rowVersion + 1"
                    + " where i.id = :id and i.state = :running")
            .setParameter("failed", State.FAILED)
            .setParameter("at", at)
            .setParameter("key", why.key())
            .setParameter("arguments", FileImport.argumentsColumn(why.arguments()))
            .setParameter("id", id)
            .setParameter("running", State.RUNNING)
            .executeUpdate()
        == 1;
  }

  /**
   * Fails every running import whose heartbeat has been quiet since before {@code quietSince}: its
   * server has died. One statement, so that however many servers do it at once each import is
   * failed once.
   *
   * @param whyKey the reason's key in the bundle; its one argument is the import's server
   * @return how many imports were failed
   */
  public int failQuiet(Instant quietSince, String whyKey, Instant at) {
    // a reason's only argument is stored as itself (FileImport.argumentsColumn): the server's name
    return em.createQuery(
            "update FileImport i set i.state = :failed, i.finishedAt = :at,"
                + " i.reasonKey = :key, i.reasonArguments = i.server,"
                + " i.rowVersion = i.rowVersion + 1"
                + " where i.state = :running and i.heartbeatAt < :quietSince")
        .setParameter("failed", State.FAILED)
        .setParameter("at", at)
        .setParameter("key", whyKey)
        .setParameter("running", State.RUNNING)
        .setParameter("quietSince", quietSince)
        .executeUpdate();
  }
}
