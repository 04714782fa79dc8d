package org.tacit.application.reports.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.tacit.domain.model.assessment.TaskInput;
import org.tacit.domain.model.inventory.TaskFact;
import org.tacit.domain.model.inventory.TaskFacts;
import org.tacit.domain.scoring.RuleSet;
import org.tacit.infrastructure.persistence.AssessedTaskRows.TaskStamp;

/** The organisation after a change, scored from the one before by reading only what changed. */
class ScoredOrganisationTest {

  private static final RuleSet RULES = RuleSet.version1();

  private final List<Collection<Long>> reads = new ArrayList<>();
  private final Map<Long, TaskInput> database = new HashMap<>();

  private static TaskInput task(long id, String role, int digital) {
    return new TaskInput(
        id,
        1,
        "FIN",
        "Finance",
        role.hashCode(),
        role,
        null,
        BigDecimal.ONE,
        BigDecimal.TEN,
        "Task " + id,
        new BigDecimal("25"),
        TaskFacts.confirmed(Map.of(TaskFact.DIGITAL_IO, BigDecimal.valueOf(digital))));
  }

  private static TaskStamp stamp(long version) {
    return new TaskStamp(version, 0, "FIN", "Finance");
  }

  private ScoredOrganisation before() {
    List<TaskInput> inputs = new ArrayList<>();
    Map<Long, TaskStamp> stamps = new HashMap<>();
    for (long id = 1; id <= 4; id++) {
      TaskInput task = task(id, id <= 2 ? "Clerk" : "Controller", 1);
      inputs.add(task);
      database.put(id, task);
      stamps.put(id, stamp(0));
    }
    return ScoredOrganisation.score(RULES, inputs, stamps);
  }

  private Function<Collection<Long>, List<TaskInput>> reader() {
    return ids -> {
      reads.add(List.copyOf(ids));
      return ids.stream().map(database::get).filter(java.util.Objects::nonNull).toList();
    };
  }

  private static Map<Long, TaskStamp> stamps(long... versions) {
    Map<Long, TaskStamp> stamps = new HashMap<>();
    for (int i = 0; i < versions.length; i++) {
      if (versions[i] >= 0) {
        stamps.put(i + 1L, stamp(versions[i]));
      }
    }
    return stamps;
  }

  @Test
  void anEditedTaskIsTheOnlyOneReadAndScoredAgainInItsPlace() {
    ScoredOrganisation before = before();
    database.put(2L, task(2, "Clerk", 5));

    ScoredOrganisation after = before.changed(RULES, stamps(0, 1, 0, 0), reader()).orElseThrow();

    assertThat(reads).containsExactly(List.of(2L));
    assertThat(after.inputs()).extracting(TaskInput::taskId).containsExactly(1L, 2L, 3L, 4L);
    assertThat(after.inputs().get(1)).isEqualTo(database.get(2L));
    assertThat(after.results().get(1))
        .as("scored as a whole read scores it")
        .isEqualTo(ScoredOrganisation.score(RULES, List.of(database.get(2L))).results().get(0));
    assertThat(after.results().get(0)).isSameAs(before.results().get(0));
  }

  @Test
  void aRemovedTaskIsLeftOutWithoutReadingAnything() {
    ScoredOrganisation after = before().changed(RULES, stamps(0, -1, 0, 0), reader()).orElseThrow();

    assertThat(after.inputs()).extracting(TaskInput::taskId).containsExactly(1L, 3L, 4L);
    assertThat(reads).containsExactly(List.of());
    assertThat(after.roles()).hasSize(2);
  }

  @Test
  void aNewTaskOrOneMovedToAnotherPlaceInTheOrderIsReadWhole() {
    ScoredOrganisation before = before();
    Map<Long, TaskStamp> withNew = stamps(0, 0, 0, 0, 0);
    assertThat(before.changed(RULES, withNew, reader())).isEmpty();

    database.put(3L, task(3, "Auditor", 1)); // its role retitled: it sorts elsewhere
    assertThat(before.changed(RULES, stamps(0, 0, 1, 0), reader())).isEmpty();
  }

  @Test
  void aTaskRemovedBetweenTheTwoReadsIsReadWhole() {
    ScoredOrganisation before = before();
    database.remove(4L);

    Optional<ScoredOrganisation> after = before.changed(RULES, stamps(0, 0, 0, 1), reader());

    assertThat(after).isEmpty();
  }

  @Test
  void aSliceOrAnOrganisationNotReadWholeIsNeverTheStartOfAnother() {
    ScoredOrganisation slice = before().slice(java.util.Set.of("FIN"));

    assertThat(slice.changed(RULES, stamps(0, 0, 0, 0), reader())).isEmpty();
  }
}
