package org.tacit.benchmarks.load;

import java.util.Map;
import java.util.OptionalLong;

/**
 * The names the load run gives its requests, and the targets of issue 15 at the 95th percentile:
 * 300 ms for every page, Ajax request and API read, 5 s for a board PDF, 2 s for an editor's change
 * to show in the figures. Requests without a target (sign-in, the editor's own steps, the baseline)
 * are measured and shown all the same.
 */
public final class Targets {

  public static final String BASELINE = "Static resource (baseline)";
  public static final String REPORTS = "Reports page";
  public static final String SCENARIO = "Reports: switch scenario";
  public static final String DEPARTMENT = "Reports: filter department";
  public static final String ASSESSMENT = "Assessment page";
  public static final String RUN = "Assessment run page";
  public static final String ROLE = "Role page";
  public static final String API = "API: GET /reports/substitution";
  public static final String BOARD = "Board PDF";

  /** The editor's first ask for the figures after a save: the time until the change showed. */
  public static final String EDIT_FIRST_POLL = "Editor: figures, first ask after the save";

  /** Asked again because the first answer did not show the change yet: none when all showed. */
  public static final String EDIT_POLLED_AGAIN = "Editor: figures, asked again";

  private static final long PAGE_MS = 300;

  private static final Map<String, Long> P95_MS =
      Map.of(
          REPORTS, PAGE_MS,
          SCENARIO, PAGE_MS,
          DEPARTMENT, PAGE_MS,
          ASSESSMENT, PAGE_MS,
          RUN, PAGE_MS,
          ROLE, PAGE_MS,
          API, PAGE_MS,
          BOARD, 5_000L,
          EDIT_FIRST_POLL, 2_000L);

  private Targets() {}

  /** The 95th percentile a request must stay under, if it has a target. */
  public static OptionalLong p95(String request) {
    Long ms = P95_MS.get(request);
    return ms == null ? OptionalLong.empty() : OptionalLong.of(ms);
  }
}
