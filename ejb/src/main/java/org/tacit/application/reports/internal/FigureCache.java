package org.tacit.application.reports.internal;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.function.Supplier;
import org.tacit.application.reports.Freshness;

/**
 * The organisation's scored tasks and the figures made of them, computed once per {@link
 * FigureState} and shared by every caller and every part (dashboards, API, tables, board report).
 * Twenty people opening the Reports page after an edit cause one computation.
 *
 * <p>A dashboard need not wait for it: while the figures of a new state are computed in the
 * background ({@link FigureRefresh}), it reads those of the state it read before, and says so ("
 * figures from 14:02, recomputing…"). The export, the board report and the API always wait for the
 * current state's figures. A state becomes the one dashboards read when the background has brought
 * its figures up to those of the state before, or, when no state was read before, at once (its
 * first readers compute and wait).
 *
 * <p>What is kept is per server, but always for a state read from the database: when another server
 * changes the inventory, the state changes and this server computes anew.
 */
@ApplicationScoped
public class FigureCache {

  /** The state dashboards read, states computed meanwhile, and one more. */
  private static final int STATES_KEPT = 3;

  /**
   * A refresh that took up to this long means a small organisation: a dashboard waits for the
   * current figures, up to {@link #patience}, rather than show older ones for a moment.
   */
  private static final Duration QUICK = Duration.ofMillis(1500);

  private final Clock clock;
  private final Duration patience;

  /** In the order the states were first met. */
  private final Map<FigureState, Kept> byState = new LinkedHashMap<>();

  /** Whether a background refresh is running, and whether one more round is wanted. */
  private boolean refreshing;

  private boolean refreshWanted;

  /** How long the last refresh took; null before the first. */
  private Duration lastRefresh;

  public FigureCache() {
    this(Clock.systemUTC(), Duration.ofSeconds(4));
  }

  FigureCache(Clock clock, Duration patience) {
    this.clock = clock;
    this.patience = patience;
  }

  /**
   * The state a caller reads figures of when the database is at {@code current}.
   *
   * @param mayBeOlder whether the caller shows a dashboard, which may show the state before while
   *     the current one's figures are computed in the background (and says so)
   */
  public synchronized Reading reading(FigureState current, boolean mayBeOlder) {
    Kept kept = keep(current);
    if (kept.read || !mayBeOlder) {
      return new Reading(current, Freshness.CURRENT, false);
    }
    Optional<Map.Entry<FigureState, Kept>> before = newestRead();
    if (before.isEmpty()) {
      kept.read = true;
      return new Reading(current, Freshness.CURRENT, false);
    }
    refreshWanted = true;
    boolean start = !refreshing;
    refreshing = true;
    // The figures before are those of the data as it stood until this server met the change
    return new Reading(before.get().getKey(), Freshness.from(kept.met), start);
  }

  /**
   * Waits for the background to bring {@code state} up to date when that is quick (the last refresh
   * was, or none has run yet), so that a small organisation's dashboards show current figures after
   * an edit instead of older ones for a moment.
   *
   * @return whether dashboards read {@code state} now
   */
  public synchronized boolean awaitRefreshed(FigureState state) {
    Kept kept = keep(state);
    if (lastRefresh != null && lastRefresh.compareTo(QUICK) > 0) {
      return kept.read;
    }
    long deadline = System.nanoTime() + patience.toNanos();
    try {
      for (long left = patience.toNanos();
          !kept.read && refreshing && left > 0;
          left = deadline - System.nanoTime()) {
        wait(Math.max(1, left / 1_000_000));
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    return kept.read;
  }

  /**
   * The state to read, and whether the caller should start the background refresh (no other is
   * running).
   */
  public record Reading(FigureState state, Freshness freshness, boolean startRefresh) {}

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
    synchronized (this) {
      figures = keep(state).figures;
    }
    FutureTask<Object> held = figures.computeIfAbsent(key, k -> new FutureTask<>(compute::get));
    // A no-op when another thread runs it already or ran it: then this one waits for its answer
    held.run();
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

  /**
   * Whether the background should bring another state's figures up to date; false ends the refresh,
   * and the next dashboard that reads older figures starts another.
   */
  public synchronized boolean refreshWanted() {
    if (refreshWanted) {
      refreshWanted = false;
      return true;
    }
    refreshing = false;
    return false;
  }

  /** The background refresh ended without finishing: the next dashboard starts another. */
  public synchronized void refreshFailed() {
    refreshing = false;
    refreshWanted = false;
    notifyAll();
  }

  /**
   * What dashboards read now, which the background computes again for a new state; none when {@code
   * state} is read already.
   */
  public synchronized List<Object> figuresToRefresh(FigureState state) {
    if (keep(state).read) {
      return List.of();
    }
    return newestRead()
        .map(
            read ->
                read.getValue().figures.entrySet().stream()
                    .filter(figure -> figure.getValue().isDone())
                    .map(Map.Entry::getKey)
                    .toList())
        .orElse(List.of());
  }

  /**
   * Dashboards read {@code state} from now on: the background has computed what they read. The
   * state they read before is kept a little longer, for the requests reading it still.
   */
  public synchronized void refreshed(FigureState state, Duration took) {
    byState.values().forEach(kept -> kept.read = false);
    keep(state).read = true;
    lastRefresh = took;
    forgetBeyondLimit();
    notifyAll();
  }

  private Kept keep(FigureState state) {
    Kept kept = byState.get(state);
    if (kept == null) {
      kept = new Kept(clock.instant());
      byState.put(state, kept);
      forgetBeyondLimit();
    }
    return kept;
  }

  /** Drops the states met first, but never the one dashboards read. */
  private void forgetBeyondLimit() {
    FigureState read = newestRead().map(Map.Entry::getKey).orElse(null);
    Iterator<FigureState> eldestFirst = new ArrayList<>(byState.keySet()).iterator();
    while (byState.size() > STATES_KEPT && eldestFirst.hasNext()) {
      FigureState state = eldestFirst.next();
      if (!state.equals(read)) {
        byState.remove(state);
      }
    }
  }

  private Optional<Map.Entry<FigureState, Kept>> newestRead() {
    Map.Entry<FigureState, Kept> newest = null;
    for (Map.Entry<FigureState, Kept> kept : byState.entrySet()) {
      if (kept.getValue().read) {
        newest = kept;
      }
    }
    return Optional.ofNullable(newest);
  }

  /** How many states are kept, for the tests. */
  synchronized int statesKept() {
    return byState.size();
  }

  /** The figures of one state. */
  private static final class Kept {
    /** When this server first met the state: the inventory stood so then. */
    final Instant met;

    final Map<Object, FutureTask<Object>> figures = new ConcurrentHashMap<>();

    /** Whether dashboards read this state. */
    boolean read;

    Kept(Instant met) {
      this.met = met;
    }
  }
}
