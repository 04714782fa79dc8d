package org.tacit.application.internal;

import static org.tacit.infrastructure.persistence.TestDatabase.inTransaction;

import jakarta.persistence.EntityManagerFactory;
import java.util.function.Function;
import org.tacit.application.CallerScope;
import org.tacit.infrastructure.persistence.AssessmentRepository;
import org.tacit.infrastructure.persistence.InventoryRepository;
import org.tacit.infrastructure.persistence.OccupationRepository;
import org.tacit.infrastructure.persistence.ScenarioRepository;

/** The reports bean wired by hand, one call per transaction, as the container runs it for {@code caller}. */
final class ReportBeans {

  private ReportBeans() {}

  static <T> T as(EntityManagerFactory jpa, CallerScope caller, Function<SubstitutionReportsBean, T> call) {
    return inTransaction(jpa, em -> {
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
      return call.apply(bean);
    });
  }

  /** The preset scenarios, as the server adds them to an empty database. */
  static void presets(EntityManagerFactory jpa) {
    inTransaction(jpa, em -> {
      ScenarioPresets presets = new ScenarioPresets();
      presets.scenarios = new ScenarioRepository(em);
      presets.seed();
      return null;
    });
  }
}
