package org.tacit.infrastructure.persistence;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/**
 * The steps a server takes at start that must happen once on a database however many servers start
 * at once (migration V16 names them). A step holds its row locked in the transaction that checks
 * and does it: another server's check waits until the first has committed, and then finds it done.
 */
@Dependent
public class StartupSteps {

  public static final String STARTER_LIBRARY = "starter-library";
  public static final String DEMO_ORGANISATION = "demo-organisation";

  @PersistenceContext(unitName = "tacit")
  private EntityManager em;

  protected StartupSteps() {} // for CDI

  public StartupSteps(EntityManager em) {
    this.em = em;
  }

  /** Locks {@code step} until the transaction ends, waiting while another server holds it. */
  public void lock(String step) {
    if (em.createNativeQuery("select name from startup_step where name = ? for update")
        .setParameter(1, step)
        .getResultList()
        .isEmpty()) {
      throw new IllegalArgumentException("No start-up step " + step + " (see migration V16).");
    }
  }
}
