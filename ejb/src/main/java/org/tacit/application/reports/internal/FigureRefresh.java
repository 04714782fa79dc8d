package org.tacit.application.reports.internal;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Asynchronous;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.tacit.application.operations.ServerMetrics;
import org.tacit.infrastructure.persistence.AssessmentRepository;
import org.tacit.infrastructure.persistence.InventoryRepository;
import org.tacit.infrastructure.persistence.OccupationRepository;

/**
 * Computes in the background the figures of the state the data is in now, while dashboards show
 * those of the state before (see {@link FigureCache}). One refresh runs at a time; when the data
 * changed again while it ran, it goes on with the newest state, and skips the ones in between.
 */
@Stateless
@PermitAll // the server itself, for whoever reads the figures next; what they may read is sliced
// then
public class FigureRefresh {

  private static final Logger LOG = Logger.getLogger(FigureRefresh.class.getName());

  @Inject FigureCache cache;
  @Inject AssessmentRepository runs;
  @Inject OccupationRepository library;
  @Inject InventoryRepository inventory;
  @EJB ServerMetrics metrics;

  @Asynchronous
  public void refresh() {
    try {
      while (cache.refreshWanted()) {
        long started = System.nanoTime();
        FigureSource.Now now = new FigureSource(runs, library, inventory, cache).now();
        List<Object> figures = cache.figuresToRefresh(now.state());
        long[] shown = new long[1];
        Figures.Timings timings =
            Figures.refresh(
                cache,
                now,
                figures,
                () -> {
                  cache.refreshed(now.state());
                  shown[0] = System.nanoTime();
                });
        // What an operator watches: how long dashboards showed the figures before a change
        Duration shownAfter = Duration.ofNanos(shown[0] - started);
        metrics.figuresShown(shownAfter);
        LOG.log(
            shownAfter.toMillis() > 1000 ? Level.INFO : Level.FINE,
            "Figures of {0} shown {1} ms after the refresh started, all {2} in {3} ms ({4})",
            new Object[] {
              now.state(),
              shownAfter.toMillis(),
              figures.size(),
              Duration.ofNanos(System.nanoTime() - started).toMillis(),
              timings
            });
      }
    } catch (RuntimeException e) {
      // Dashboards go on showing the figures before, saying so; the next one to open tries again
      cache.refreshFailed();
      LOG.log(Level.WARNING, "Could not compute the figures of the inventory as it is now", e);
    }
  }
}
