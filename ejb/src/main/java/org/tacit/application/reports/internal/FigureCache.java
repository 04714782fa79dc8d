package org.tacit.application.reports.internal;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
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
 * <p>A dashboard of a large organisation need not wait for it: while the figures of a new state are
 * computed in the background ({@link FigureRefresh}), it reads those of the state it read before,
 * and says so ("figures from before a change at 14:02, recomputing…"). The export, the board report
 * and the API always wait for the current state's figures, and so do the dashboards of an
 * organisation of up to {@link #SMALL} tasks. A state becomes the one dashboards read when the
 * background has brought its figures up to those of the state before, or at once when there is none
 * before or the organisation is small (its first readers compute, the others wait).
 *
 * <p>What is kept is per server, but always for a state read from the database: when another server
 * changes the inventory, the state changes and this server computes anew.
 */
@ApplicationScoped
public class FigureCache {

  /**
   * The state dashboards read and the one computed meanwhile (or, after a refresh, the one read
   * before, for requests still reading it): each holds the whole organisation scored, the largest
   * thing the portal keeps.
   */
  private static final int STATES_KEPT = 2;

  /**
   * An organisation of up to this many tasks is small: a dashboard after a change computes the
   * current figures at once, as the export does (the demo company's 354 tasks take about 0.1 s),
   * rather than show older ones for a moment. Counted in tasks, not measured in seconds, so that
   * the same organisation behaves the same on a busy server as on a quiet one.
   */
  static final int SMALL = 20_000;

  private final Clock clock;

  /** In the order the states were first met. */
  private final Map<FigureState, Kept> byState = new LinkedHashMap<>();

  /** Whether a background refresh is running, and whether one more round is wanted. */
  private boolean refreshing;

  private boolean refreshWanted;

  /** How many tasks the organisation had when it was last scored; 0 before. */
  private int tasks;

  public FigureCache() {
    this(Clock.systemUTC());
  }

  FigureCache(Clock clock) {
    this.clock = clock;
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
    if (before.isEmpty() || small()) {
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
   * The whole organisation scored last, and the state it was scored for: the next state's scoring
   * starts from it and reads again only what changed ({@link ScoredOrganisation#changed}), so it
   * needs no telling when another server changes something.
   */
  private FigureState latestState;

  private ScoredOrganisation latest;

  /** Notes the whole organisation scored for {@code state}, unless a later one was already. */
  synchronized void scoredWhole(FigureState state, ScoredOrganisation organisation) {
    if (latestState == null || state.inventoryRevision() >= latestState.inventoryRevision()) {
      latestState = state;
      latest = organisation;
    }
  }

  /** The whole organisation scored last, if with the O*NET release loaded at {@code release}. */
  synchronized Optional<ScoredOrganisation> latestWhole(Instant release) {
    return latest != null && Objects.equals(latestState.release(), release)
        ? Optional.of(latest)
        : Optional.empty();
  }

  /** Notes how many tasks the whole organisation has: see {@link #SMALL}. */
  public synchronized void scored(int tasks) {
    this.tasks = tasks;
  }

  private boolean small() {
    return tasks <= SMALL;
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
  public <T> T figure(FigureState state, Object key, Supplier<T> compute) {
    return figure(state, key, compute, true);
  }

  /**
   * As {@link #figure}, for the background refresh: computing a figure again for a new state is not
   * reading it. Only what a request read in a state is computed again for the next, so a figure
   * read once (a board report's certainty, say) is not recomputed after every edit for ever.
   */
  <T> T computed(FigureState state, Object key, Supplier<T> compute) {
    return figure(state, key, compute, false);
  }

  @SuppressWarnings("unchecked")
  private <T> T figure(FigureState state, Object key, Supplier<T> compute, boolean asked) {
    Map<Object, FutureTask<Object>> figures;
    synchronized (this) {
      Kept kept = keep(state);
      figures = kept.figures;
      if (asked) {
        kept.asked.add(key);
      }
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
  }

  /**
   * What requests read in the state dashboards read now, which the background computes again for a
   * new state; none when {@code state} is read already.
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
                    .filter(figure -> read.getValue().asked.contains(figure.getKey()))
                    .map(Map.Entry::getKey)
                    .toList())
        .orElse(List.of());
  }

  /**
   * Dashboards read {@code state} from now on: the background has computed what they read. The
   * state they read before is kept a little longer, for the requests reading it still.
   */
  public synchronized void refreshed(FigureState state) {
    byState.values().forEach(kept -> kept.read = false);
    keep(state).read = true;
    forgetBeyondLimit();
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

    /** The figures a request read (not only the background computed). */
    final Set<Object> asked = ConcurrentHashMap.newKeySet();

    /** Whether dashboards read this state. */
    boolean read;

    Kept(Instant met) {
      this.met = met;
    }
  }
}
