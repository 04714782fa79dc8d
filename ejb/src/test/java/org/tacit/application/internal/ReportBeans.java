package org.tacit.application.internal;

import static org.tacit.infrastructure.persistence.TestDatabase.inTransaction;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.util.Map;
import java.util.function.Function;
import org.tacit.application.CallerScope;
import org.tacit.application.WorkPermits;
import org.tacit.infrastructure.persistence.AssessmentRepository;
import org.tacit.infrastructure.persistence.HorizonRepository;
import org.tacit.infrastructure.persistence.InventoryRepository;
import org.tacit.infrastructure.persistence.OccupationRepository;
import org.tacit.infrastructure.persistence.ScenarioRepository;

/** The reports service wired by hand, as the container would wire it. */
final class ReportBeans {

  private ReportBeans() {}

  /** The service as {@code caller} on one persistence context, keeping the US economy in {@code economies}. */
  static SubstitutionReportsBean reports(EntityManager em, CallerScope caller, EconomyCache economies) {
    SubstitutionReportsBean bean = new SubstitutionReportsBean();
    bean.permits = WorkPermits.of(Map.of());
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
    bean.trends = new HorizonTrends(new HorizonRepository(em));
    return bean;
  }

  /** One call in its own transaction, as the container runs it for {@code caller}. */
  static <T> T as(EntityManagerFactory jpa, CallerScope caller, Function<SubstitutionReportsBean, T> call) {
    return inTransaction(jpa, em -> call.apply(reports(em, caller, new EconomyCache())));
  }

  /** The preset scenarios, as the server adds them to an empty database. */
  static void presets(EntityManagerFactory jpa) {
    inTransaction(jpa, em -> {
      ScenarioPresets presets = new ScenarioPresets();
      presets.scenarios = new ScenarioRepository(em);
      presets.trends = new HorizonTrends(new HorizonRepository(em));
      presets.seed();
      return null;
    });
  }
}
