package org.tacit.application.reports.internal;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Asynchronous;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
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

  @Asynchronous
  public void refresh() {
    try {
      while (cache.refreshWanted()) {
        long started = System.nanoTime();
        FigureSource.Now now = new FigureSource(runs, library, inventory).now();
        List<Object> figures = cache.figuresToRefresh(now.state());
        Figures.refresh(cache, now, figures);
        Duration took = Duration.ofNanos(System.nanoTime() - started);
        cache.refreshed(now.state(), took);
        // What an operator watches: how long dashboards show the figures before a change
        LOG.log(
            took.toMillis() > 1000 ? Level.INFO : Level.FINE,
            "Figures of {0} computed in {1} ms ({2} figures)",
            new Object[] {now.state(), took.toMillis(), figures.size()});
      }
    } catch (RuntimeException e) {
      // Dashboards go on showing the figures before, saying so; the next one to open tries again
      cache.refreshFailed();
      LOG.log(Level.WARNING, "Could not compute the figures of the inventory as it is now", e);
    }
  }
}
