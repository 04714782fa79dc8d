package org.tacit.application.reports.internal;

import static org.tacit.application.scenarios.ScenarioSummaries.number;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.tacit.application.reports.SubstitutionReport.Certainty;
import org.tacit.application.reports.SubstitutionReport.Range;
import org.tacit.application.reports.SubstitutionReport.Swing;
import org.tacit.domain.model.assessment.TaskInput;
import org.tacit.domain.scenario.Assumption;
import org.tacit.domain.scenario.HorizonTrend;
import org.tacit.domain.scenario.PresetRange;
import org.tacit.domain.scenario.Scenario;
import org.tacit.domain.scenario.Scenarios;
import org.tacit.domain.scenario.Sensitivity;
import org.tacit.text.Words;

/**
 * How sure the headline is, for the caller's departments: the range of each headline figure across
 * the presets (from the chosen scenario's first year), for all of them and for each, and the
 * sensitivity of realistic substitution to each assumption of the chosen scenario. About twenty
 * estimates of the whole workforce, so the Reports page asks for it apart from its figures.
 */
final class HeadlineCertainty {

  /** The assumptions' names in the report are English; pages word them by the swing. */
  private static final Words ENGLISH = Words.in(Locale.ENGLISH);

  private HeadlineCertainty() {}

  /**
   * The headline's ranges across the presets from {@code firstYear}, for all the caller's
   * departments and for each: the same under every scenario starting that year, so they are
   * computed once for all of them.
   */
  static Ranges ranges(ScoredOrganisation scored, int firstYear, HorizonTrend trend) {
    List<Scenario> presets = Scenarios.presets(firstYear, trend);
    Map<String, List<Long>> byDepartment = new TreeMap<>();
    for (TaskInput role : scored.roles().values()) {
      byDepartment
          .computeIfAbsent(role.departmentCode(), code -> new ArrayList<>())
          .add(role.roleId());
    }
    Map<Group, List<Long>> groups = new LinkedHashMap<>();
    groups.put(ALL, List.copyOf(scored.roles().keySet()));
    byDepartment.forEach((code, roleIds) -> groups.put(new Group(code), roleIds));
    // One estimate of the whole per preset serves every department: a role's figures are its own
    Map<Group, PresetRange> ranges = PresetRange.across(presets, scored.workforce(), groups);
    List<org.tacit.application.reports.SubstitutionReport.PresetRange> departments =
        new ArrayList<>();
    ranges.forEach(
        (group, range) -> {
          if (!ALL.equals(group)) {
            departments.add(range(group.department(), range));
          }
        });
    return new Ranges(range(null, ranges.get(ALL)), departments);
  }

  /** How sure the headline is under {@code scenario}, given its presets' {@code ranges}. */
  static Certainty of(Ranges ranges, ScoredOrganisation scored, Scenario scenario) {
    return new Certainty(
        ranges.organisation(),
        ranges.departments(),
        sensitivity(Sensitivity.of(scenario, scored.workforce())));
  }

  /** The presets' ranges for all the departments and for each, by code. */
  record Ranges(
      org.tacit.application.reports.SubstitutionReport.PresetRange organisation,
      List<org.tacit.application.reports.SubstitutionReport.PresetRange> departments) {}

  /** The roles of one department, or of all when {@code department} is null. */
  private record Group(String department) {}

  private static final Group ALL = new Group(null);

  private static org.tacit.application.reports.SubstitutionReport.PresetRange range(
      String key, PresetRange range) {
    return new org.tacit.application.reports.SubstitutionReport.PresetRange(
        key, range.year(), range(range.technical()), range(range.realistic()));
  }

  private static Range range(PresetRange.Range r) {
    return new Range(number(r.low()), r.lowScenario(), number(r.high()), r.highScenario());
  }

  private static org.tacit.application.reports.SubstitutionReport.Sensitivity sensitivity(
      Sensitivity sensitivity) {
    List<Swing> swings =
        sensitivity.effects().stream()
            .map(
                e ->
                    new Swing(
                        e.swing().name(),
                        e.swing().which().name(ENGLISH),
                        value(e.cautiousValue()),
                        value(e.fastValue()),
                        number(e.cautious()),
                        number(e.fast())))
            .toList();
    return new org.tacit.application.reports.SubstitutionReport.Sensitivity(
        sensitivity.year(), number(sensitivity.share()), swings);
  }

  /** An assumption's value as a person writes it: 12, not 12.0. */
  static String value(Assumption<?> assumption) {
    Object value = assumption.value();
    if (value instanceof Double d && d == Math.rint(d) && Math.abs(d) < 1e9) {
      return Long.toString(d.longValue());
    }
    return String.valueOf(value);
  }
}
