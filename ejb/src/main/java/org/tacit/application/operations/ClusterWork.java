package org.tacit.application.operations;

import java.time.Duration;
import java.time.Instant;

/**
 * Work that belongs to the cluster rather than to the server doing it: assessment runs and large
 * inventory imports. Each server's {@link ClusterWorkWatch} asks every kind of it every two seconds
 * to write the heartbeat of what this server works on, and every twenty to give up what has been
 * quiet for {@link #QUIET}, since its server has died with it. A kind of work offers itself as a
 * CDI bean of this type; runs have their watch of their own, with the same timings.
 */
public interface ClusterWork {

  /** Writes the heartbeat, and how far it has got, of this kind's work under way on this server. */
  void beat();

  /**
   * How long a heartbeat may be quiet before its work is given up: thirty beats, so that a busy
   * database or a long flush does not fail live work.
   */
  Duration QUIET = Duration.ofMinutes(1);

  /**
   * How recent a heartbeat must be for its work to count as under way when a person's work is
   * counted against their limit ({@code WorkPermits}): five beats. Shorter than {@link #QUIET}, so
   * that a person whose server died can start the work again on another within seconds, not only
   * once it has been given up; a late beat at worst lets one more piece start.
   */
  Duration ALIVE = Duration.ofSeconds(10);

  /**
   * Fails this kind's work whose heartbeat has been quiet since before {@code quietSince}.
   *
   * @return how many
   */
  int failQuiet(Instant quietSince, Instant now);

  /** What the log calls this work: "inventory import(s)". */
  String name();
}
