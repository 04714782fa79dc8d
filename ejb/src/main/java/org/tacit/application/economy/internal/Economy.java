package org.tacit.application.economy.internal;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.tacit.application.economy.EconomyBenchmark.EmploymentCoverage;
import org.tacit.domain.economy.EmploymentWeights;
import org.tacit.domain.economy.SocTable;
import org.tacit.domain.model.assessment.TaskInput;
import org.tacit.domain.model.assessment.TaskResult;
import org.tacit.domain.model.inventory.TaskFacts;
import org.tacit.domain.model.library.DefaultTimeShares;
import org.tacit.domain.model.library.Occupation;
import org.tacit.domain.model.library.OnetPrefill;
import org.tacit.domain.model.library.TaskEvidence;
import org.tacit.domain.scenario.StaffedRole;
import org.tacit.domain.scenario.Workforce;
import org.tacit.domain.scoring.RuleSet;
import org.tacit.domain.scoring.Scorer;
import org.tacit.domain.scoring.TaskClass;

/**
 * The US economy as a workforce: each O*NET occupation with tasks and US employment a role whose
 * headcount is its employment ({@link EmploymentWeights}), with all its tasks, the default time
 * shares and the facts O*NET prefills, as a role made from the occupation gets them, scored with
 * one rule set. Roles have no cost: the product ships no wages. Built once per library release and
 * rule set ({@link EconomyCache}); scenarios then run on it.
 */
final class Economy {

  /** What an economy rests on: a new release or rule set builds a new one. */
  record Key(String libraryRelease, Instant releaseLoadedAt, int ruleSetVersion) {}

  /** An occupation counted, as role {@code roleId} of the workforce. */
  record Member(long roleId, String onetCode, String title, String soc, double employment) {}

  private final Key key;
  private final Workforce workforce;
  private final List<Member> members;
  private final EmploymentCoverage coverage;
  private final Map<String, Double> hoursShareByClass;

  private Economy(Key key, Workforce workforce, List<Member> members, EmploymentCoverage coverage) {
    this.key = key;
    this.workforce = workforce;
    this.members = List.copyOf(members);
    this.coverage = coverage;
    this.hoursShareByClass = Collections.unmodifiableMap(sharesByClass(workforce));
  }

  /**
   * @param occupations the library's occupations
   * @param tasks what O*NET knows of each occupation's tasks, by code, in the order a role made
   *     from it lists them
   */
  static Economy build(
      Key key,
      List<Occupation> occupations,
      Map<String, List<TaskEvidence>> tasks,
      SocTable employment,
      RuleSet rules) {
    List<String> withTasks = new ArrayList<>();
    List<String> withoutTasks = new ArrayList<>();
    occupations.forEach(
        o ->
            (tasks.getOrDefault(o.code(), List.of()).isEmpty() ? withoutTasks : withTasks)
                .add(o.code()));
    EmploymentWeights weights = EmploymentWeights.of(withTasks, employment);
    List<Member> members = new ArrayList<>();
    // Tasks as an assessment run records them, so the engine reads them as it reads an
    // organisation's
    List<TaskInput> inputs = new ArrayList<>();
    List<TaskResult> results = new ArrayList<>();
    for (Occupation occupation : occupations) {
      EmploymentWeights.Weight weight = weights.weights().get(occupation.code());
      if (weight == null) {
        continue;
      }
      Member member =
          new Member(
              members.size() + 1,
              occupation.code(),
              occupation.title(),
              weight.soc(),
              weight.employment());
      members.add(member);
      List<TaskEvidence> evidence = tasks.get(occupation.code());
      List<BigDecimal> shares =
          DefaultTimeShares.of(evidence.stream().map(TaskEvidence::rating).toList());
      OnetPrefill prefill = occupation.prefill();
      for (int t = 0; t < evidence.size(); t++) {
        TaskFacts facts =
            prefill.estimate(evidence.get(t), shares.get(t), StaffedRole.ANNUAL_HOURS_PER_FTE);
        inputs.add(
            new TaskInput(
                inputs.size() + 1,
                0,
                "US",
                "US economy",
                member.roleId(),
                member.title(),
                member.onetCode(),
                BigDecimal.valueOf(member.employment()),
                null,
                "",
                shares.get(t),
                facts));
        results.add(TaskResult.of(Scorer.score(facts, rules)));
      }
    }
    EmploymentCoverage coverage =
        new EmploymentCoverage(
            occupations.size(),
            members.size(),
            withoutTasks,
            weights.withoutEmployment(),
            weights.employment(),
            weights.employmentCounted(),
            weights.employment() > 0 ? weights.employmentCounted() / weights.employment() : null);
    return new Economy(key, Workforce.fromRun(inputs, results), members, coverage);
  }

  /** The share of all hours in each task class, in the order of the classes. */
  private static Map<String, Double> sharesByClass(Workforce workforce) {
    Map<TaskClass, Double> hours = new EnumMap<>(TaskClass.class);
    for (var role : workforce.roles()) {
      workforce.hoursByClass(role.roleId()).forEach((c, h) -> hours.merge(c, h, Double::sum));
    }
    double all = hours.values().stream().mapToDouble(Double::doubleValue).sum();
    Map<String, Double> shares = new LinkedHashMap<>();
    for (TaskClass c : TaskClass.values()) {
      shares.put(c.name(), all > 0 ? hours.getOrDefault(c, 0.0) / all : null);
    }
    return shares;
  }

  Key key() {
    return key;
  }

  Workforce workforce() {
    return workforce;
  }

  /** The occupations counted, by O*NET code. */
  List<Member> members() {
    return members;
  }

  EmploymentCoverage coverage() {
    return coverage;
  }

  Map<String, Double> hoursShareByClass() {
    return hoursShareByClass;
  }
}
