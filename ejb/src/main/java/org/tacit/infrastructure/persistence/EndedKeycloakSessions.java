package org.tacit.infrastructure.persistence;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;

/** The Keycloak sessions that ended, as any server of the portal learnt it (migration V17). */
@Dependent
public class EndedKeycloakSessions {

  @PersistenceContext(unitName = "tacit")
  private EntityManager em;

  protected EndedKeycloakSessions() {} // for CDI

  public EndedKeycloakSessions(EntityManager em) {
    this.em = em;
  }

  /** Notes that {@code keycloakSession} ended at {@code at}, unless it is noted already. */
  public void add(String keycloakSession, Instant at) {
    em.createNativeQuery(
            "insert into keycloak_session_ended (keycloak_session, ended_at) select ?, ?"
                + " where not exists"
                + " (select 1 from keycloak_session_ended where keycloak_session = ?)")
        .setParameter(1, keycloakSession)
        .setParameter(2, at)
        .setParameter(3, keycloakSession)
        .executeUpdate();
  }

  public boolean contains(String keycloakSession) {
    return !em.createNativeQuery("select 1 from keycloak_session_ended where keycloak_session = ?")
        .setParameter(1, keycloakSession)
        .setMaxResults(1)
        .getResultList()
        .isEmpty();
  }

  /** Forgets the sessions that ended before {@code before}: no portal session outlives them. */
  public int forgetBefore(Instant before) {
    return em.createNativeQuery("delete from keycloak_session_ended where ended_at < ?")
        .setParameter(1, before)
        .executeUpdate();
  }
}
