package org.tacit.application.home.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.tacit.application.home.AgendaItems.StaleRun;
import org.tacit.domain.model.assessment.AssessmentScope;

/**
 * The runs whose figures no longer stand: of each scope only the newest run counts (an older one
 * was superseded; one under way is about to supersede them all), and it is out of date when it was
 * scored with an older rule set than the one published, or when what it covers changed after it
 * started reading.
 */
final class StaleRuns {

  /**
   * A run as this rule reads it.
   *
   * @param scope what it covers: runs of one scope supersede each other
   * @param label its label, or null when the caller sees it redacted
   * @param status RUNNING, DONE or FAILED
   */
  record Run(
      long id,
      AssessmentScope scope,
      String label,
      int ruleSetVersion,
      Instant startedAt,
      String status) {}

  private StaleRuns() {}

  /**
   * Of {@code runs} (newest first), the newest finished run of each scope that is out of date,
   * newest first; {@code lastChange} gives the last change in what a run covers.
   */
  static List<StaleRun> of(
      List<Run> runs, int publishedVersion, Function<Run, Optional<Instant>> lastChange) {
    Set<AssessmentScope> seen = new HashSet<>();
    List<StaleRun> stale = new ArrayList<>();
    for (Run run : runs) {
      if ("FAILED".equals(run.status()) || !seen.add(run.scope())) {
        continue;
      }
      if (!"DONE".equals(run.status())) {
        continue; // under way: it will stand for the scope when done
      }
      Integer newerRules = run.ruleSetVersion() < publishedVersion ? publishedVersion : null;
      Instant changed =
          lastChange.apply(run).filter(at -> at.isAfter(run.startedAt())).orElse(null);
      if (newerRules != null || changed != null) {
        stale.add(
            new StaleRun(
                run.id(),
                run.scope().kind().name(),
                run.label(),
                run.ruleSetVersion(),
                run.startedAt(),
                newerRules,
                changed));
      }
    }
    return stale;
  }
}
