package org.tacit.infrastructure.persistence;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.lang.ref.WeakReference;
import java.sql.PreparedStatement;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.hibernate.engine.spi.SessionImplementor;
import org.tacit.domain.model.inventory.InventoryChange;
import org.tacit.domain.model.inventory.Role;
import org.tacit.domain.model.inventory.Task;
import org.tacit.domain.model.organisation.Department;

/**
 * Departments, roles and tasks as stored; every query names what it reads, nothing lazy leaks out.
 */
@Dependent
public class InventoryRepository {

  /**
   * The session (so the transaction) that last raised the revision; weak, so that a pooled bean
   * does not keep a finished session alive.
   */
  private WeakReference<SessionImplementor> revisedIn = new WeakReference<>(null);

  @PersistenceContext(unitName = "tacit")
  private EntityManager em;

  protected InventoryRepository() {} // for CDI

  /** For code that owns its persistence context, such as the tests. */
  public InventoryRepository(EntityManager em) {
    this.em = em;
  }

  public List<Department> departments() {
    return em.createQuery("select d from Department d order by d.name", Department.class)
        .getResultList();
  }

  public Optional<Department> department(String code) {
    return em.createQuery("select d from Department d where d.code = :code", Department.class)
        .setParameter("code", code)
        .getResultStream()
        .findFirst();
  }

  public Optional<Department> department(long id) {
    return Optional.ofNullable(em.find(Department.class, id));
  }

  public List<Role> roles(Department department) {
    return em.createQuery(
            "select r from Role r where r.department = :d order by r.title", Role.class)
        .setParameter("d", department)
        .getResultList();
  }

  /**
   * Per role of a department: [id, code, title], ordered by title. Enough to recognise the roles a
   * file names without loading them all at once.
   */
  public List<Object[]> roleNames(long departmentId) {
    return em.createQuery(
            "select r.id, r.code, r.title from Role r where r.department.id = :d order by r.title,"
                + " r.id",
            Object[].class)
        .setParameter("d", departmentId)
        .getResultList();
  }

  /** The roles with these ids, with their departments. */
  public List<Role> roles(Collection<Long> ids) {
    return em.createQuery(
            "select r from Role r join fetch r.department where r.id in :ids", Role.class)
        .setParameter("ids", ids)
        .getResultList();
  }

  /** Every task of these roles, in one query rather than one per role. */
  public List<Task> tasksOfRoles(Collection<Long> roleIds) {
    return em.createQuery("select t from Task t where t.role.id in :ids order by t.id", Task.class)
        .setParameter("ids", roleIds)
        .getResultList();
  }

  public List<Task> tasks(Role role) {
    return em.createQuery("select t from Task t where t.role = :r order by t.id", Task.class)
        .setParameter("r", role)
        .getResultList();
  }

  /** Every task of a department with its role, in the order an export lists them. */
  public List<Task> tasksOf(Department department) {
    return em.createQuery(
            "select t from Task t join fetch t.role r join fetch r.department d"
                + " where d = :d order by r.title, r.id, t.id",
            Task.class)
        .setParameter("d", department)
        .getResultList();
  }

  /** Per role of a department: [role id, task count, sum of time shares]. */
  public List<Object[]> taskTotals(Department department) {
    return em.createQuery(
            "select t.role.id, count(t), sum(t.timeSharePct) from Task t"
                + " where t.role.department = :d group by t.role.id",
            Object[].class)
        .setParameter("d", department)
        .getResultList();
  }

  /** Per department: [department id, role count, task count]. */
  public List<Object[]> departmentTotals() {
    return em.createQuery(
            "select r.department.id, count(distinct r), count(t) from Role r"
                + " left join Task t on t.role = r group by r.department.id",
            Object[].class)
        .getResultList();
  }

  /** The history of a role, newest first. */
  public List<InventoryChange> history(long roleId) {
    return em.createQuery(
            "select c from InventoryChange c where c.roleId = :r order by c.changedAt desc, c.id"
                + " desc",
            InventoryChange.class)
        .setParameter("r", roleId)
        .getResultList();
  }

  /** [role id, task count, sum of time shares] of one role. */
  public Object[] taskTotals(Role role) {
    return em.createQuery(
            "select t.role.id, count(t), sum(t.timeSharePct) from Task t where t.role = :r group by"
                + " t.role.id",
            Object[].class)
        .setParameter("r", role)
        .getResultStream()
        .findFirst()
        .orElse(null);
  }

  public Optional<Task> task(long id) {
    return Optional.ofNullable(em.find(Task.class, id));
  }

  /** Writes pending changes now, so that a version conflict shows here and not at commit. */
  public void flush() {
    em.flush();
  }

  public Optional<Role> role(long id) {
    return Optional.ofNullable(em.find(Role.class, id));
  }

  /**
   * Writes a change into its role's history, and raises the inventory's revision once in the
   * transaction: every change to the inventory is recorded, so this is where the figures learn that
   * they are out of date.
   *
   * <p>The revision is raised just before the transaction commits, not at its first change: the row
   * is locked from its update to the commit, and an import of 100,000 rows would otherwise keep
   * every editor's save waiting for as long as it writes.
   */
  public void record(InventoryChange change) {
    em.persist(change);
    // One session per transaction: its identity says whether this transaction raised it already
    SessionImplementor session = em.unwrap(SessionImplementor.class);
    if (revisedIn.get() != session) {
      session.getActionQueue().registerProcess(InventoryRepository::raiseRevision);
      revisedIn = new WeakReference<>(session);
    }
  }

  private static void raiseRevision(SessionImplementor session) {
    session.doWork(
        connection -> {
          try (PreparedStatement raise =
              connection.prepareStatement(
                  "update inventory_revision set revision = revision + 1 where id = 1")) {
            raise.executeUpdate();
          }
        });
  }

  /**
   * The inventory's revision as committed: it changes with every transaction that changes a
   * department, role or task (see {@link #record}).
   */
  public long revision() {
    return ((Number)
            em.createNativeQuery("select revision from inventory_revision where id = 1")
                .getSingleResult())
        .longValue();
  }

  public void add(Object entity) {
    em.persist(entity);
  }

  public void remove(Task task) {
    em.remove(task);
  }

  /** The O*NET-SOC codes the organisation's roles are linked to. */
  public Set<String> occupationCodes() {
    return new HashSet<>(
        em.createQuery(
                "select distinct r.onetSoc from Role r where r.onetSoc is not null", String.class)
            .getResultList());
  }

  /** Forgets every entity read, as after a portion of a check that changed none. */
  public void clear() {
    em.clear();
  }

  /**
   * Writes what is pending (in JDBC batches) and forgets every entity read or written so far, still
   * inside the transaction. Bulk work calls it every so many rows: otherwise each flush checks
   * every entity the import ever touched for changes, and the heap holds them all until the commit.
   * Entities held by the caller are detached afterwards; read them again.
   */
  public void flushAndClear() {
    em.flush();
    em.clear();
  }
}
