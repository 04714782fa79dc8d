package org.tacit.application.reports.internal;

import static org.tacit.application.scenarios.ScenarioSummaries.number;

import java.util.ArrayList;
import java.util.Collection;
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
import org.tacit.domain.scenario.StaffedRole;
import org.tacit.domain.scenario.Workforce;
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

  static Certainty of(ScoredOrganisation scored, Scenario scenario, HorizonTrend trend) {
    List<Scenario> presets = Scenarios.presets(scenario.firstYear().value(), trend);
    Workforce all = scored.workforce();
    Map<String, List<Long>> byDepartment = new TreeMap<>();
    for (TaskInput role : scored.roles().values()) {
      byDepartment
          .computeIfAbsent(role.departmentCode(), code -> new ArrayList<>())
          .add(role.roleId());
    }
    List<org.tacit.application.reports.SubstitutionReport.PresetRange> departments =
        new ArrayList<>();
    // Each department on a workforce of its own roles: the presets' estimates then cost no more,
    // all departments together, than one estimate of the whole per preset.
    byDepartment.forEach(
        (code, roleIds) ->
            departments.add(range(code, PresetRange.across(presets, only(all, roleIds), roleIds))));
    return new Certainty(
        range(null, PresetRange.across(presets, all, scored.roles().keySet())),
        departments,
        sensitivity(Sensitivity.of(scenario, all)));
  }

  private static Workforce only(Workforce all, Collection<Long> roleIds) {
    List<StaffedRole> roles = roleIds.stream().map(all::role).toList();
    return Workforce.of(roles, roleIds.stream().flatMap(id -> all.tasksOf(id).stream()).toList());
  }

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
