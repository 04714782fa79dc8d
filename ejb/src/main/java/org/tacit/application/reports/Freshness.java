package org.tacit.application.reports;

import java.io.Serializable;
import java.time.Instant;

/**
 * Whether figures shown are those of the data as it is, or those of a moment before while the
 * current ones are computed ("figures from 14:02, recomputing…"): a dashboard never shows figures
 * older than the data without saying so.
 *
 * @param asOf when the data changed from what the figures show (as near as the server knows: when
 *     it first met the change); null when they are current
 */
public record Freshness(Instant asOf) implements Serializable {

  public static final Freshness CURRENT = new Freshness(null);

  /** Figures of the data as it stood until {@code asOf}, newer ones being computed. */
  public static Freshness from(Instant asOf) {
    return new Freshness(asOf);
  }

  /** Whether the figures are those of the data as it is. */
  public boolean current() {
    return asOf == null;
  }
}
