package org.tacit.infrastructure.persistence;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import org.tacit.domain.scenario.RecordedHorizon;

/** The measured AI task horizons, shipped and added. */
@Dependent
public class HorizonRepository {

  @PersistenceContext(unitName = "tacit")
  private EntityManager em;

  protected HorizonRepository() {} // for CDI

  public HorizonRepository(EntityManager em) {
    this.em = em;
  }

  /** Oldest measurement first; within a month, by model. */
  public List<RecordedHorizon> all() {
    return em.createQuery(
            "select h from RecordedHorizon h order by h.measured, h.model, h.id",
            RecordedHorizon.class)
        .getResultList();
  }

  public Optional<RecordedHorizon> find(long id) {
    return Optional.ofNullable(em.find(RecordedHorizon.class, id));
  }

  /**
   * The point of this model and month, whatever the model's case: the same measurement twice would
   * count twice.
   */
  public Optional<RecordedHorizon> of(String model, String measured) {
    return em.createQuery(
            "select h from RecordedHorizon h where lower(h.model) = lower(:model) "
                + "and h.measured = :measured",
            RecordedHorizon.class)
        .setParameter("model", model.strip())
        .setParameter("measured", measured)
        .getResultStream()
        .findFirst();
  }

  public void add(RecordedHorizon point) {
    em.persist(point);
    em.flush();
  }

  public void remove(RecordedHorizon point) {
    em.remove(point);
    em.flush();
  }
}
