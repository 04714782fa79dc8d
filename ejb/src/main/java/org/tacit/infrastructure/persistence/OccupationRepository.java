package org.tacit.infrastructure.persistence;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.tacit.domain.model.library.ActivityProfile;
import org.tacit.domain.model.library.LibraryRelease;
import org.tacit.domain.model.library.Occupation;
import org.tacit.domain.model.library.OccupationTask;
import org.tacit.domain.model.library.TaskEvidence;
import org.tacit.domain.model.library.TaskRating;
import org.tacit.domain.model.library.TaskType;

/** The O*NET library as stored: one release, its occupations and their tasks. */
@Dependent
public class OccupationRepository {

  /** An occupation's tasks: Core first, then by importance and O*NET's task id. */
  private static final String TASK_ORDER =
      "case when t.type = org.tacit.domain.model.library.TaskType.CORE"
          + " then 0 else 1 end, t.importance desc nulls last, t.onetTaskId";

  private static final String EVIDENCE = "t.perWorkday, t.importance, t.activities, t.type";

  @PersistenceContext(unitName = "tacit")
  private EntityManager em;

  protected OccupationRepository() {} // for CDI

  /** For code that owns its persistence context, such as the tests. */
  public OccupationRepository(EntityManager em) {
    this.em = em;
  }

  public Optional<LibraryRelease> release() {
    return em.createQuery("select r from LibraryRelease r order by r.id desc", LibraryRelease.class)
        .setMaxResults(1)
        .getResultStream()
        .findFirst();
  }

  public long occupationCount() {
    return em.createQuery("select count(o) from Occupation o", Long.class).getSingleResult();
  }

  public long taskCount() {
    return em.createQuery("select count(t) from OccupationTask t", Long.class).getSingleResult();
  }

  /**
   * Occupations whose code starts with {@code text} or whose title holds every word of it, ignoring
   * case, by title: [code, title, task count].
   */
  public List<Object[]> search(String text, int limit) {
    List<String> words = List.of(text.strip().toLowerCase(Locale.ROOT).split("\\s+"));
    List<String> conditions = new ArrayList<>();
    for (int i = 0; i < words.size(); i++) {
      conditions.add("lower(o.title) like :w" + i + " escape '!'");
    }
    TypedQuery<Object[]> query =
        em.createQuery(
                "select o.code, o.title, count(t) from Occupation o"
                    + " left join OccupationTask t on t.occupation = o"
                    + " where o.code like :code escape '!' or ("
                    + String.join(" and ", conditions)
                    + ")"
                    + " group by o.id, o.code, o.title order by o.title",
                Object[].class)
            .setParameter("code", literal(text.strip()) + "%")
            .setMaxResults(limit);
    for (int i = 0; i < words.size(); i++) {
      query.setParameter("w" + i, "%" + literal(words.get(i)) + "%");
    }
    return query.getResultList();
  }

  /** The O*NET-SOC codes of every occupation of the release the library holds. */
  public Set<String> codes() {
    return new HashSet<>(
        em.createQuery("select o.code from Occupation o", String.class).getResultList());
  }

  public Optional<Occupation> occupation(String code) {
    return em.createQuery("select o from Occupation o where o.code = :code", Occupation.class)
        .setParameter("code", code)
        .getResultStream()
        .findFirst();
  }

  /** The tasks of an occupation, Core first, then by importance and O*NET's task id. */
  public List<OccupationTask> tasks(Occupation occupation) {
    return em.createQuery(
            "select t from OccupationTask t where t.occupation = :o order by " + TASK_ORDER,
            OccupationTask.class)
        .setParameter("o", occupation)
        .getResultList();
  }

  /**
   * What O*NET knows of each of an occupation's tasks (ratings, work activities, Core or
   * Supplemental) by statement, in the order of {@link #tasks}, read as plain values rather than
   * entities: an assessment reads hundreds of occupations in one transaction, and every managed
   * task would be checked for changes before each later query.
   */
  public Map<String, TaskEvidence> evidence(Occupation occupation) {
    Map<String, TaskEvidence> evidence = new LinkedHashMap<>();
    em.createQuery(
            "select t.statement, "
                + EVIDENCE
                + " from OccupationTask t where t.occupation = :o order by "
                + TASK_ORDER,
            Object[].class)
        .setParameter("o", occupation)
        .getResultList()
        .forEach(row -> evidence.put((String) row[0], evidenceOf(row)));
    return evidence;
  }

  /** Every occupation of the library, by code. */
  public List<Occupation> occupations() {
    return em.createQuery("select o from Occupation o order by o.code", Occupation.class)
        .getResultList();
  }

  /**
   * What O*NET knows of every task of the library, by occupation code, each occupation's tasks in
   * the order of {@link #tasks}: one query for the whole library (19,000 tasks), read as values.
   */
  public Map<String, List<TaskEvidence>> evidenceByOccupation() {
    Map<String, List<TaskEvidence>> evidence = new LinkedHashMap<>();
    em.createQuery(
            "select o.code, "
                + EVIDENCE
                + " from OccupationTask t join t.occupation o order by o.code, "
                + TASK_ORDER,
            Object[].class)
        .getResultList()
        .forEach(
            row ->
                evidence
                    .computeIfAbsent((String) row[0], code -> new ArrayList<>())
                    .add(evidenceOf(row)));
    return evidence;
  }

  /**
   * A task's evidence from columns 1–5 of a row that selects {@link #EVIDENCE} after one other
   * column.
   */
  private static TaskEvidence evidenceOf(Object[] row) {
    return new TaskEvidence(
        TaskRating.of((BigDecimal) row[1], (BigDecimal) row[2]),
        row[3] == null ? ActivityProfile.NONE : (ActivityProfile) row[3],
        (TaskType) row[4]);
  }

  /** Empties the library, in bulk: a release has thousands of tasks. */
  public void clear() {
    em.createQuery("delete from OccupationTask").executeUpdate();
    em.createQuery("delete from Occupation").executeUpdate();
    em.createQuery("delete from LibraryRelease").executeUpdate();
  }

  public void add(Object entity) {
    em.persist(entity);
  }

  /**
   * Writes what is pending and forgets it, so that a bulk load keeps a small persistence context.
   */
  public void flushAndClear() {
    em.flush();
    em.clear();
  }

  /** Text matched literally by {@code like ... escape '!'}. */
  private static String literal(String text) {
    return text.replace("!", "!!").replace("%", "!%").replace("_", "!_");
  }
}
