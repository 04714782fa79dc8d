package org.tacit.application.economy.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.SortedMap;
import org.tacit.application.economy.EconomyBenchmark;
import org.tacit.application.economy.EconomyBenchmark.OccupationFigures;
import org.tacit.application.scenarios.ScenarioSummaries;
import org.tacit.application.scenarios.ScenarioSummary;
import org.tacit.domain.economy.SocTable;
import org.tacit.domain.scenario.Figures;
import org.tacit.domain.scenario.Scenario;
import org.tacit.domain.scenario.SubstitutionEngine;
import org.tacit.domain.scenario.SubstitutionEstimate;

/** The US economy under a scenario, as pages and the API show it. */
final class EconomyBenchmarks {

  private EconomyBenchmarks() {}

  /** The economy under {@code scenario}, which {@code view} shows. */
  static EconomyBenchmark benchmark(
      Economy economy,
      EconomyCache.References references,
      Scenario scenario,
      ScenarioSummary view) {
    SubstitutionEstimate estimate = new SubstitutionEngine(scenario).estimate(economy.workforce());
    int lastYear = scenario.lastYear().value();
    List<OccupationFigures> occupations = new ArrayList<>();
    for (Economy.Member member : economy.members()) {
      occupations.add(occupation(member, estimate.role(member.roleId()), lastYear, references));
    }
    return new EconomyBenchmark(
        view,
        economy.key().libraryRelease(),
        economy.key().ruleSetVersion(),
        references.employment().name(),
        estimate.years(),
        ScenarioSummaries.years(estimate.organisation()),
        economy.hoursShareByClass(),
        economy.coverage(),
        references.estimates(),
        occupations);
  }

  private static OccupationFigures occupation(
      Economy.Member member,
      SortedMap<Integer, Figures> years,
      int lastYear,
      EconomyCache.References references) {
    Figures last = years.get(lastYear);
    String soc = SocTable.soc(member.onetCode());
    return new OccupationFigures(
        member.onetCode(),
        member.title(),
        member.soc(),
        member.employment(),
        ScenarioSummaries.number(last.naive().share()),
        ScenarioSummaries.number(last.technical().share()),
        ScenarioSummaries.number(last.realistic().share()),
        references.freyOsborne().of(soc).orElse(null),
        references.microsoft().of(soc).orElse(null));
  }
}
