package org.tacit.domain.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tacit.domain.scoring.TaskClass.AUGMENTABLE;
import static org.tacit.domain.scoring.TaskClass.AUTOMATABLE;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PresetRangeTest {

  @Test
  void theRangeRunsFromTheCautiousPresetToTheOneThatFreesTheMost() {
    Workforce work =
        Workforce.of(
            List.of(new StaffedRole(1, 4.0, null)),
            List.of(
                new ScoredTask(1, 1, 20.0, 85.0, AUTOMATABLE, 2.0, 3, 50.0, 1, false),
                new ScoredTask(2, 1, 75.0, 65.0, AUGMENTABLE, 1.0, 3, 50.0, 1, false)));
    List<Scenario> presets = Scenarios.presets(2026);

    PresetRange range = PresetRange.across(presets, work, List.of(1L));

    assertThat(range.year()).isEqualTo(2036);
    assertThat(range.realistic().lowScenario()).isEqualTo("Cautious");
    assertThat(range.realistic().highScenario()).isEqualTo("Continual learning by 2030");
    assertThat(range.realistic().low()).isLessThan(range.realistic().high());
    double base =
        new SubstitutionEngine(Scenarios.base(2026))
            .estimate(work)
            .role(1)
            .get(2036)
            .realistic()
            .share();
    assertThat(base).isBetween(range.realistic().low(), range.realistic().high());
    assertThat(range.technical().high()).isGreaterThanOrEqualTo(range.realistic().high());
  }

  @Test
  void eachGroupOfRolesHasTheRangeItWouldHaveAlone() {
    Workforce work =
        Workforce.of(
            List.of(new StaffedRole(1, 4.0, null), new StaffedRole(2, 2.0, null)),
            List.of(
                new ScoredTask(1, 1, 20.0, 85.0, AUTOMATABLE, 2.0, 3, 50.0, 1, false),
                new ScoredTask(2, 1, 75.0, 65.0, AUGMENTABLE, 1.0, 3, 50.0, 1, false),
                new ScoredTask(3, 2, 10.0, 90.0, AUTOMATABLE, 6.0, 2, 100.0, 1, false)));
    List<Scenario> presets = Scenarios.presets(2026);
    Map<String, List<Long>> groups =
        Map.of("first", List.of(1L), "second", List.of(2L), "both", List.of(1L, 2L));

    Map<String, PresetRange> ranges = PresetRange.across(presets, work, groups);

    assertThat(ranges).containsOnlyKeys("first", "second", "both");
    groups.forEach(
        (group, roles) -> {
          Workforce alone =
              Workforce.of(
                  roles.stream().map(work::role).toList(),
                  roles.stream().flatMap(role -> work.tasksOf(role).stream()).toList());
          assertThat(ranges.get(group)).isEqualTo(PresetRange.across(presets, alone, roles));
        });
    assertThat(ranges.get("first")).isNotEqualTo(ranges.get("second"));
  }
}
