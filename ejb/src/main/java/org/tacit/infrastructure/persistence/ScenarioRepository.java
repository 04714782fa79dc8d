package org.tacit.infrastructure.persistence;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import org.tacit.domain.scenario.SavedScenario;

/** The organisation's scenarios. */
@Dependent
public class ScenarioRepository {

  @PersistenceContext(unitName = "tacit")
  private EntityManager em;

  protected ScenarioRepository() {} // for CDI

  public ScenarioRepository(EntityManager em) {
    this.em = em;
  }

  /** By name. */
  public List<SavedScenario> all() {
    return em.createQuery("select s from SavedScenario s order by s.name", SavedScenario.class)
        .getResultList();
  }

  public Optional<SavedScenario> find(long id) {
    return Optional.ofNullable(em.find(SavedScenario.class, id));
  }

  /**
   * The scenario of this name, whatever its case: two names that differ only so would confuse a
   * reader.
   */
  public Optional<SavedScenario> named(String name) {
    return em.createQuery(
            "select s from SavedScenario s where lower(s.name) = lower(:name)", SavedScenario.class)
        .setParameter("name", name.strip())
        .getResultStream()
        .findFirst();
  }

  public long count() {
    return em.createQuery("select count(s) from SavedScenario s", Long.class).getSingleResult();
  }

  public void add(SavedScenario scenario) {
    em.persist(scenario);
  }

  public void remove(SavedScenario scenario) {
    em.remove(scenario);
  }

  public void flush() {
    em.flush();
  }
}
