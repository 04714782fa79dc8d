package org.tacit.application.access;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import org.eclipse.microprofile.config.Config;

/**
 * How much {@link Work} each person has under way on this server, and the limit on it: a piece of
 * work starts only with a permit, and a caller over the limit is refused with {@link
 * TooManyAtOnceException} instead of waiting in a queue that could grow without bound. The limits
 * are per person and per kind, set with MicroProfile Config ({@link Work#setting()}, e.g. {@code
 * tacit.limits.runs} or the environment variable {@code TACIT_LIMITS_RUNS}).
 *
 * <p>Whoever takes a permit closes it when the work ends, fails or is abandoned, in a {@code
 * finally} block; work handed to a background thread hands its permit along and the background
 * closes it. Closing twice is harmless. Permits live in this server's memory; work that is recorded
 * in the database (runs and imports) is also counted there, across the cluster, before its record
 * is written ({@link #requireRoomIn}), so that a person with the most under way on one server is
 * refused on another too.
 */
@ApplicationScoped
public class WorkPermits {

  private final Map<Work, Integer> limits = new EnumMap<>(Work.class);
  private final Map<Holder, Integer> underWay = new ConcurrentHashMap<>();

  /** For CDI, which then reads the limits from the configuration. */
  protected WorkPermits() {
    for (Work work : Work.values()) {
      limits.put(work, work.defaultLimit());
    }
  }

  @Inject
  WorkPermits(Config config) {
    this();
    for (Work work : Work.values()) {
      config
          .getOptionalValue(work.setting(), Integer.class)
          .ifPresent(limit -> limits.put(work, atLeastOne(work, limit)));
    }
  }

  /** The limits given, the defaults for every kind not given: for tests and tools. */
  public static WorkPermits of(Map<Work, Integer> given) {
    WorkPermits permits = new WorkPermits();
    given.forEach((work, limit) -> permits.limits.put(work, atLeastOne(work, limit)));
    return permits;
  }

  public int limit(Work work) {
    return limits.get(work);
  }

  /** How many of {@code work} {@code user} has under way now. */
  public int underWay(String user, Work work) {
    return underWay.getOrDefault(new Holder(user, work), 0);
  }

  /** How many of {@code work} everyone together has under way on this server now. */
  public int underWay(Work work) {
    int total = 0;
    for (Map.Entry<Holder, Integer> held : underWay.entrySet()) {
      if (held.getKey().work() == work) {
        total += held.getValue();
      }
    }
    return total;
  }

  /**
   * A permit for one piece of {@code work} by {@code user}.
   *
   * @throws TooManyAtOnceException when the user already has the most they may have at once
   */
  public Permit take(String user, Work work) {
    Holder holder = new Holder(user == null ? "" : user, work);
    int limit = limit(work);
    boolean[] granted = {false};
    underWay.compute(
        holder,
        (key, count) -> {
          int now = count == null ? 0 : count;
          granted[0] = now < limit;
          return granted[0] ? now + 1 : count;
        });
    if (!granted[0]) {
      SecurityLog.refused(holder.user(), "limit", work.one(), "too many at once");
      throw new TooManyAtOnceException(work, limit);
    }
    return new Permit(holder);
  }

  /**
   * Refuses one more piece of {@code work} to {@code user} when the cluster's records already show
   * {@code recordedUnderWay} of theirs at the limit. The caller counts them in the transaction that
   * writes the new record, just before writing it; two starts on two servers in the same instant
   * may both pass, as the limit guards the servers against overload, not an exact count.
   *
   * @throws TooManyAtOnceException when the records are at the limit
   */
  public void requireRoomIn(String user, Work work, int recordedUnderWay) {
    int limit = limit(work);
    if (recordedUnderWay >= limit) {
      SecurityLog.refused(user, "limit", work.one(), "too many at once in the cluster");
      throw new TooManyAtOnceException(work, limit);
    }
  }

  private void release(Holder holder) {
    underWay.computeIfPresent(holder, (key, count) -> count <= 1 ? null : count - 1);
  }

  private static int atLeastOne(Work work, int limit) {
    if (limit < 1) {
      throw new IllegalArgumentException(
          work.setting() + " must be at least 1 (got " + limit + ").");
    }
    return limit;
  }

  private record Holder(String user, Work work) {}

  /** The right to run one piece of work; closing it lets the next one start. */
  public final class Permit implements AutoCloseable {

    private final Holder holder;
    private final AtomicBoolean open = new AtomicBoolean(true);

    private Permit(Holder holder) {
      this.holder = holder;
    }

    @Override
    public void close() {
      if (open.compareAndSet(true, false)) {
        release(holder);
      }
    }
  }
}
