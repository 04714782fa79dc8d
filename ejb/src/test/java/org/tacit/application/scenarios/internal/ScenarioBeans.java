package org.tacit.application.scenarios.internal;

import static org.tacit.infrastructure.persistence.TestDatabase.inTransaction;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.util.function.Function;
import org.tacit.application.access.CallerScope;
import org.tacit.application.access.Callers;
import org.tacit.application.scenarios.HorizonTrends;
import org.tacit.infrastructure.persistence.HorizonRepository;
import org.tacit.infrastructure.persistence.ScenarioRepository;

/**
 * The scenario service and the preset scenarios wired by hand, as the container would wire them.
 */
public final class ScenarioBeans {

  private ScenarioBeans() {}

  /** The service as {@code caller} on one persistence context. */
  public static ScenarioServiceBean service(EntityManager em, CallerScope caller) {
    ScenarioServiceBean bean = new ScenarioServiceBean();
    bean.callers =
        new Callers() {
          @Override
          public CallerScope current() {
            return caller;
          }
        };
    bean.scenarios = new ScenarioRepository(em);
    bean.trends = trends(em);
    return bean;
  }

  /** One call in its own transaction, as the container runs it for {@code caller}. */
  public static <T> T as(
      EntityManagerFactory jpa, CallerScope caller, Function<ScenarioServiceBean, T> call) {
    return inTransaction(jpa, em -> call.apply(service(em, caller)));
  }

  /** The trend of measured horizons scenarios follow, read on {@code em}. */
  public static HorizonTrends trends(EntityManager em) {
    return new HorizonTrends(new HorizonRepository(em));
  }

  /** The preset scenarios, as the server adds them to an empty database. */
  public static void presets(EntityManagerFactory jpa) {
    inTransaction(
        jpa,
        em -> {
          ScenarioPresets presets = new ScenarioPresets();
          presets.scenarios = new ScenarioRepository(em);
          presets.trends = trends(em);
          presets.seed();
          return null;
        });
  }
}
