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
    return em.createQuery("select s from SavedScenario s order by s.name", SavedScenario.class).getResultList();
  }

  public Optional<SavedScenario> find(long id) {
    return Optional.ofNullable(em.find(SavedScenario.class, id));
  }

  public void add(SavedScenario scenario) {
    em.persist(scenario);
  }
}
