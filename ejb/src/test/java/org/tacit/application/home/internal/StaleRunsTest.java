package org.tacit.application.home.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.tacit.application.home.AgendaItems.StaleRun;
import org.tacit.domain.model.assessment.AssessmentScope;

class StaleRunsTest {

  private static final Instant MONDAY = Instant.parse("2026-12-07T09:00:00Z");
  private static final Instant TUESDAY = Instant.parse("2026-12-08T09:00:00Z");
  private static final Instant WEDNESDAY = Instant.parse("2026-12-09T09:00:00Z");

  @Test
  void aRunIsOutOfDateWhenWhatItCoversChangedAfterItStarted() {
    List<StaleRun> stale =
        StaleRuns.of(
            List.of(
                run(2, AssessmentScope.department("FIN"), 1, MONDAY, "DONE"),
                run(1, AssessmentScope.department("OPS"), 1, TUESDAY, "DONE")),
            1,
            changes(Map.of("FIN", TUESDAY, "OPS", MONDAY)));

    assertThat(stale).extracting(StaleRun::runId).containsExactly(2L);
    assertThat(stale.get(0).changedAt()).isEqualTo(TUESDAY);
    assertThat(stale.get(0).publishedVersion()).isNull();
  }

  @Test
  void aRunScoredWithAnOlderRuleSetIsOutOfDateEvenWithNothingChanged() {
    List<StaleRun> stale =
        StaleRuns.of(
            List.of(run(7, AssessmentScope.organisation(), 1, WEDNESDAY, "DONE")),
            2,
            run -> Optional.empty());

    assertThat(stale).singleElement().satisfies(r -> assertThat(r.publishedVersion()).isEqualTo(2));
    assertThat(stale.get(0).changedAt()).isNull();
    assertThat(stale.get(0).scopeKind()).isEqualTo("ORGANISATION");
  }

  @Test
  void onlyTheNewestRunOfAScopeCountsAndOneUnderWaySupersedesTheRest() {
    List<StaleRun> stale =
        StaleRuns.of(
            List.of(
                run(9, AssessmentScope.role(4), 1, WEDNESDAY, "RUNNING"),
                run(8, AssessmentScope.department("FIN"), 1, WEDNESDAY, "FAILED"),
                run(7, AssessmentScope.department("FIN"), 1, MONDAY, "DONE"),
                run(6, AssessmentScope.role(4), 1, MONDAY, "DONE"),
                run(5, AssessmentScope.department("FIN"), 1, MONDAY, "DONE")),
            1,
            run -> Optional.of(TUESDAY));

    assertThat(stale).extracting(StaleRun::runId).containsExactly(7L);
  }

  private static StaleRuns.Run run(
      long id, AssessmentScope scope, int version, Instant started, String status) {
    return new StaleRuns.Run(id, scope, "label " + id, version, started, status);
  }

  private static java.util.function.Function<StaleRuns.Run, Optional<Instant>> changes(
      Map<String, Instant> byDepartment) {
    return run -> Optional.ofNullable(byDepartment.get(run.scope().key()));
  }
}
