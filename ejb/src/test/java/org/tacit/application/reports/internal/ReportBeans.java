package org.tacit.application.reports.internal;

import static org.tacit.infrastructure.persistence.TestDatabase.inTransaction;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.util.Map;
import java.util.function.Function;
import org.tacit.application.access.CallerScope;
import org.tacit.application.access.Callers;
import org.tacit.application.access.Scopes;
import org.tacit.application.access.WorkPermits;
import org.tacit.application.economy.internal.EconomyBeans;
import org.tacit.application.economy.internal.EconomyCache;
import org.tacit.application.operations.ServerMetrics;
import org.tacit.application.scenarios.internal.ScenarioBeans;
import org.tacit.infrastructure.persistence.AssessmentRepository;
import org.tacit.infrastructure.persistence.InventoryRepository;
import org.tacit.infrastructure.persistence.OccupationRepository;
import org.tacit.infrastructure.persistence.ScenarioRepository;

/** The reports service wired by hand, as the container would wire it. */
public final class ReportBeans {

  private ReportBeans() {}

  /**
   * The service as {@code caller} on one persistence context, keeping the US economy in {@code
   * economies}.
   */
  public static SubstitutionReportsBean reports(
      EntityManager em, CallerScope caller, EconomyCache economies) {
    return reports(em, caller, economies, new FigureCache());
  }

  /** The service as {@code caller}, keeping its figures in {@code cache} as the server does. */
  public static SubstitutionReportsBean reports(
      EntityManager em, CallerScope caller, EconomyCache economies, FigureCache cache) {
    return reports(em, caller, economies, cache, refresh(em, cache));
  }

  /** The service as {@code caller}, with {@code refresh} in place of the background refresh. */
  static SubstitutionReportsBean reports(
      EntityManager em,
      CallerScope caller,
      EconomyCache economies,
      FigureCache cache,
      FigureRefresh refresh) {
    SubstitutionReportsBean bean = new SubstitutionReportsBean();
    bean.inventory = new InventoryRepository(em);
    bean.cache = cache;
    bean.refresh = refresh;
    bean.permits = WorkPermits.of(Map.of());
    bean.callers =
        new Callers() {
          @Override
          public CallerScope current() {
            return caller;
          }
        };
    bean.scopes = new Scopes(new InventoryRepository(em));
    bean.scenarios = new ScenarioRepository(em);
    bean.runs = new AssessmentRepository(em);
    bean.library = new OccupationRepository(em);
    EconomyBeans.reading(economies, bean.library);
    bean.economies = economies;
    bean.trends = ScenarioBeans.trends(em);
    return bean;
  }

  /**
   * The background refresh, which here runs on the calling thread: a dashboard that reads the
   * figures before an edit finds the current ones computed before its call returns.
   */
  static FigureRefresh refresh(EntityManager em, FigureCache cache) {
    FigureRefresh refresh = new FigureRefresh();
    refresh.cache = cache;
    refresh.runs = new AssessmentRepository(em);
    refresh.library = new OccupationRepository(em);
    refresh.inventory = new InventoryRepository(em);
    refresh.metrics = new ServerMetrics(); // outside a server: records nothing
    return refresh;
  }

  /** One call in its own transaction, as the container runs it for {@code caller}. */
  public static <T> T as(
      EntityManagerFactory jpa, CallerScope caller, Function<SubstitutionReportsBean, T> call) {
    return inTransaction(jpa, em -> call.apply(reports(em, caller, new EconomyCache())));
  }
}
