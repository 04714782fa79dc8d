package org.tacit.domain.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.OptionalDouble;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.tacit.domain.model.inventory.TaskFact;

/** Each rule alone: with one known answer, its axis is the share of the points the answer earns. */
class RulesTest {

  @ParameterizedTest(name = "{0} = {1}: {2} {3}, \"{4}\"")
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '"',
      textBlock =
          """
          tacit_context        | 1    | L | 0      | LEARN-TACIT: depends on unwritten context (1/5)
          tacit_context        | 2    | L | 25     | LEARN-TACIT: depends on unwritten context (2/5)
          tacit_context        | 3    | L | 50     | LEARN-TACIT: depends on unwritten context (3/5)
          tacit_context        | 4    | L | 75     | LEARN-TACIT: depends on unwritten context (4/5)
          tacit_context        | 5    | L | 100    | LEARN-TACIT: depends on unwritten context (5/5)
          novelty              | 1    | L | 0      | LEARN-NOVELTY: meets new situations and exceptions (1/5)
          novelty              | 5    | L | 100    | LEARN-NOVELTY: meets new situations and exceptions (5/5)
          feedback_delay       | 1    | L | 0      | LEARN-FEEDBACK: quality shows only later, through people's judgement (1/5)
          feedback_delay       | 4    | L | 75     | LEARN-FEEDBACK: quality shows only later, through people's judgement (4/5)
          time_to_proficiency  | 1    | L | 0      | LEARN-PROFICIENCY: a capable new hire reaches full skill in <1 week (1/5)
          time_to_proficiency  | 3    | L | 50     | LEARN-PROFICIENCY: a capable new hire reaches full skill in 1–6 months (3/5)
          time_to_proficiency  | 5    | L | 100    | LEARN-PROFICIENCY: a capable new hire reaches full skill in >2 years (5/5)
          performance_spread   | 2    | L | 25     | LEARN-SPREAD: the best do it far better than the median (2/5)
          performance_spread   | 5    | L | 100    | LEARN-SPREAD: the best do it far better than the median (5/5)
          relationship_trust   | 1    | L | 0      | LEARN-TRUST: relies on trust built with particular people (1/5)
          relationship_trust   | 5    | L | 100    | LEARN-TRUST: relies on trust built with particular people (5/5)
          digital_io           | 1    | A | 0      | AUTO-DIGITAL: inputs and outputs are digital (1/5)
          digital_io           | 5    | A | 100    | AUTO-DIGITAL: inputs and outputs are digital (5/5)
          verifiability        | 1    | A | 0      | AUTO-VERIFY: results can be checked quickly and objectively (1/5)
          verifiability        | 4    | A | 75     | AUTO-VERIFY: results can be checked quickly and objectively (4/5)
          documented_procedure | 3    | A | 50     | AUTO-DOCUMENTED: written procedures or examples exist (3/5)
          documented_procedure | 5    | A | 100    | AUTO-DOCUMENTED: written procedures or examples exist (5/5)
          repetition           | 1    | A | 0      | AUTO-REPETITION: the same steps recur at volume (1/5)
          repetition           | 5    | A | 100    | AUTO-REPETITION: the same steps recur at volume (5/5)
          physical_presence    | 1    | A | 100    | AUTO-PHYSICAL: needs hands-on work or presence (1/5)
          physical_presence    | 2    | A | 75     | AUTO-PHYSICAL: needs hands-on work or presence (2/5)
          physical_presence    | 5    | A | 0      | AUTO-PHYSICAL: needs hands-on work or presence (5/5)
          error_cost           | 1    | A | 100    | AUTO-ERROR-COST: mistakes are costly, irreversible or need sign-off (1/5)
          error_cost           | 4    | A | 25     | AUTO-ERROR-COST: mistakes are costly, irreversible or need sign-off (4/5)
          error_cost           | 5    | A | 0      | AUTO-ERROR-COST: mistakes are costly, irreversible or need sign-off (5/5)
          task_length_hours    | 0.05 | A | 100    | AUTO-LENGTH: takes 0.05 h, within AI's 1 h task horizon
          task_length_hours    | 0.2  | A | 100    | AUTO-LENGTH: takes 0.2 h, within AI's 1 h task horizon
          task_length_hours    | 0.5  | A | 71.53  | AUTO-LENGTH: takes 0.5 h, within AI's 1 h task horizon
          task_length_hours    | 1    | A | 50     | AUTO-LENGTH: takes 1 h, within AI's 1 h task horizon
          task_length_hours    | 2    | A | 28.47  | AUTO-LENGTH: takes 2 h, beyond AI's 1 h task horizon
          task_length_hours    | 5    | A | 0      | AUTO-LENGTH: takes 5 h, beyond AI's 1 h task horizon
          task_length_hours    | 40   | A | 0      | AUTO-LENGTH: takes 40 h, beyond AI's 1 h task horizon
          """)
  void eachRuleMovesOnlyItsOwnAxisByItsAnswer(
      String column, String answer, String axis, double expected, String reason) {
    Score score = Scorer.score(Answers.of(column + "=" + answer), RuleSet.version1());

    OptionalDouble moved = axis.equals("L") ? score.learningNeed() : score.automationReadiness();
    OptionalDouble other = axis.equals("L") ? score.automationReadiness() : score.learningNeed();
    assertThat(moved).hasValue(expected);
    assertThat(other).isEmpty();
    assertThat(score.contributions()).extracting(Contribution::reason).containsExactly(reason);
  }

  @ParameterizedTest(name = "{0} informs {1}")
  @CsvSource({
    "TACIT_CONTEXT, LEARN-TACIT", "NOVELTY, LEARN-NOVELTY", "FEEDBACK_DELAY, LEARN-FEEDBACK",
    "TIME_TO_PROFICIENCY, LEARN-PROFICIENCY", "PERFORMANCE_SPREAD, LEARN-SPREAD",
        "RELATIONSHIP_TRUST, LEARN-TRUST",
    "DIGITAL_IO, AUTO-DIGITAL", "VERIFIABILITY, AUTO-VERIFY",
        "DOCUMENTED_PROCEDURE, AUTO-DOCUMENTED",
    "REPETITION, AUTO-REPETITION", "TASK_LENGTH_HOURS, AUTO-LENGTH",
        "PHYSICAL_PRESENCE, AUTO-PHYSICAL",
    "ERROR_COST, AUTO-ERROR-COST"
  })
  void everyFactOfTheRubricHasExactlyOneRuleOnItsOwnAxis(TaskFact fact, String ruleId) {
    List<Rule> reading = Rules.all().stream().filter(rule -> rule.fact() == fact).toList();

    assertThat(reading).extracting(Rule::id).containsExactly(ruleId);
    assertThat(reading.get(0).axis()).isEqualTo(fact.axis());
    assertThat(Rules.byId(ruleId)).containsSame(reading.get(0));
  }
}
