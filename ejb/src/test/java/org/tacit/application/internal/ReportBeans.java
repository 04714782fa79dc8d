package org.tacit.application.internal;

import jakarta.persistence.EntityManager;
import org.tacit.application.CallerScope;
import org.tacit.infrastructure.persistence.AssessmentRepository;
import org.tacit.infrastructure.persistence.InventoryRepository;
import org.tacit.infrastructure.persistence.OccupationRepository;
import org.tacit.infrastructure.persistence.ScenarioRepository;

/** The reports service wired by hand on one persistence context, as the container would wire it. */
final class ReportBeans {

  private ReportBeans() {}

  /** The service as {@code caller}, keeping the US economy in {@code economies} (its library set to this context). */
  static SubstitutionReportsBean reports(EntityManager em, CallerScope caller, EconomyCache economies) {
    SubstitutionReportsBean bean = new SubstitutionReportsBean();
    bean.callers = new Callers() {
      @Override
      public CallerScope current() {
        return caller;
      }
    };
    bean.scopes = new Scopes(new InventoryRepository(em));
    bean.scenarios = new ScenarioRepository(em);
    bean.runs = new AssessmentRepository(em);
    bean.library = new OccupationRepository(em);
    economies.library = bean.library;
    bean.economies = economies;
    return bean;
  }
}
