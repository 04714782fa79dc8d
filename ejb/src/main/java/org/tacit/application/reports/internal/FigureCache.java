package org.tacit.application.reports.internal;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.function.Supplier;

/**
 * The organisation's scored tasks and the figures made of them, computed once per {@link
 * FigureState} and shared by every caller and every part (dashboards, API, tables, board report).
 * Twenty people opening the Reports page after an edit cause one computation: the first computes,
 * the others wait for it.
 *
 * <p>What is kept is per server, but always for a state read from the database: when another server
 * changes the inventory, the state changes and this server computes anew. The two latest states are
 * kept, so that a request that read the state just before a change does not throw away the figures
 * of the one after it.
 */
@ApplicationScoped
public class FigureCache {

  private static final int STATES_KEPT = 2;

  private final Map<FigureState, Map<Object, FutureTask<Object>>> byState =
      new LinkedHashMap<>(4, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(
            Map.Entry<FigureState, Map<Object, FutureTask<Object>>> eldest) {
          return size() > STATES_KEPT;
        }
      };

  /**
   * The figure {@code key} names for {@code state}, computed by {@code compute} on the calling
   * thread if no one has yet; a computation that fails is forgotten, so the next call tries again.
   *
   * @param key what the figure is, with everything besides the state that it depends on (the
   *     departments it covers, the scenario and its version)
   */
  @SuppressWarnings("unchecked")
  public <T> T figure(FigureState state, Object key, Supplier<T> compute) {
    Map<Object, FutureTask<Object>> figures;
    synchronized (byState) {
      figures = byState.computeIfAbsent(state, s -> new ConcurrentHashMap<>());
    }
    FutureTask<Object> made = new FutureTask<>(compute::get);
    FutureTask<Object> held = figures.putIfAbsent(key, made);
    if (held == null) {
      held = made;
      made.run();
    }
    try {
      return (T) held.get();
    } catch (ExecutionException e) {
      figures.remove(key, held);
      throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("Interrupted while another request computed " + key, e);
    }
  }

  /** How many states are kept, for the tests. */
  int statesKept() {
    synchronized (byState) {
      return byState.size();
    }
  }
}
