package org.tacit.infrastructure.persistence;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What the home page asks of the inventory, each answered by one aggregate query: the database
 * sums, groups and limits, so a page never reads an organisation's tasks or history to show a
 * handful of lines. {@code codes} narrows every query to those departments; null means all of them.
 */
@Dependent
public class AgendaRepository {

  @PersistenceContext(unitName = "tacit")
  private EntityManager em;

  protected AgendaRepository() {} // for CDI

  /** For code that owns its persistence context, such as the tests. */
  public AgendaRepository(EntityManager em) {
    this.em = em;
  }

  /** How many roles the departments have. */
  public long roleCount(Collection<String> codes) {
    return within(
            em.createQuery(
                "select count(r) from Role r"
                    + (codes == null ? "" : " where r.department.code in :c"),
                Long.class),
            codes)
        .getSingleResult();
  }

  /**
   * Per role whose tasks' given shares sum to less than {@code low} or more than {@code high}:
   * [role id, title, department code, sum of shares]. Roles whose tasks give no share are not among
   * them.
   */
  public List<Object[]> shareTotalsOutside(
      Collection<String> codes, BigDecimal low, BigDecimal high) {
    return within(
            em.createQuery(
                "select r.id, r.title, d.code, sum(t.timeSharePct) from Task t join t.role r join"
                    + " r.department d"
                    + (codes == null ? "" : " where d.code in :c")
                    + " group by r.id, r.title, d.code"
                    + " having sum(t.timeSharePct) < :low or sum(t.timeSharePct) > :high",
                Object[].class),
            codes)
        .setParameter("low", low)
        .setParameter("high", high)
        .getResultList();
  }

  /**
   * How many of the newest history entries {@link #changesByOthers} reads: enough for a few roles
   * even after an import wrote thousands of entries at once, few enough to stay quick.
   */
  static final int NEWEST_ENTRIES = 2_000;

  /**
   * The latest changes made by anyone but {@code actor}, gathered per role and person, newest
   * first: [role id, role title, department code, actor, latest, count], at most {@code max}. Only
   * the {@link #NEWEST_ENTRIES} newest entries are read (through the index on their time), so the
   * counts are of those.
   */
  public List<Object[]> changesByOthers(Collection<String> codes, String actor, int max) {
    List<Object[]> newest =
        within(
                em.createQuery(
                    "select c.roleId, c.roleTitle, c.departmentCode, c.actor, c.changedAt"
                        + " from InventoryChange c where c.actor <> :a"
                        + (codes == null ? "" : " and c.departmentCode in :c")
                        + " order by c.changedAt desc, c.id desc",
                    Object[].class),
                codes)
            .setParameter("a", actor)
            .setMaxResults(NEWEST_ENTRIES)
            .getResultList();
    Map<List<Object>, Object[]> gathered = new LinkedHashMap<>();
    for (Object[] entry : newest) {
      List<Object> who = List.of(entry[0], entry[1], entry[2], entry[3]);
      Object[] row =
          gathered.computeIfAbsent(
              who, k -> new Object[] {entry[0], entry[1], entry[2], entry[3], entry[4], 0L});
      row[5] = (Long) row[5] + 1;
    }
    return gathered.values().stream().limit(max).toList();
  }

  /** The latest change per department: [department code, latest]. */
  public List<Object[]> lastChangePerDepartment(Collection<String> codes) {
    return within(
            em.createQuery(
                "select c.departmentCode, max(c.changedAt) from InventoryChange c"
                    + (codes == null ? "" : " where c.departmentCode in :c")
                    + " group by c.departmentCode",
                Object[].class),
            codes)
        .getResultList();
  }

  /** The latest change of one role. */
  public Optional<Instant> lastChangeOfRole(long roleId) {
    return Optional.ofNullable(
        em.createQuery(
                "select max(c.changedAt) from InventoryChange c where c.roleId = :r", Instant.class)
            .setParameter("r", roleId)
            .getSingleResult());
  }

  /** The role a task belongs to, if the task still exists. */
  public Optional<Long> roleOfTask(long taskId) {
    return em.createQuery("select t.role.id from Task t where t.id = :t", Long.class)
        .setParameter("t", taskId)
        .getResultStream()
        .findFirst();
  }

  /** Binds {@code :c} to the departments' codes, when the query names them. */
  private static <T> TypedQuery<T> within(TypedQuery<T> query, Collection<String> codes) {
    return codes == null ? query : query.setParameter("c", codes);
  }
}
