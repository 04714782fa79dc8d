package org.tacit.domain.model.inventory;

import static org.tacit.domain.model.inventory.Axis.AUTOMATION_READINESS;
import static org.tacit.domain.model.inventory.Axis.LEARNING_NEED;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The rubric: what HR answers about each task, one spreadsheet column per fact. Each fact informs
 * one axis; the rules decide by how much. A blank answer is unknown, never a guess of zero, so that
 * estimates from O*NET can fill it in and stay marked as estimated.
 */
public enum TaskFact {
  TACIT_CONTEXT(
      "tacit_context",
      LEARNING_NEED,
      "depends on unwritten, organisation-specific context",
      "none",
      "almost all"),
  NOVELTY(
      "novelty",
      LEARNING_NEED,
      "share of instances that are new situations or exceptions",
      "<5%",
      ">50%"),
  FEEDBACK_DELAY(
      "feedback_delay",
      LEARNING_NEED,
      "quality shows only later, through people's judgement",
      "checkable at once",
      "months later"),
  TIME_TO_PROFICIENCY(
      "time_to_proficiency",
      LEARNING_NEED,
      "a capable new hire reaches full skill in",
      "<1 week",
      "<1 month",
      "1–6 months",
      "6–24 months",
      ">2 years"),
  PERFORMANCE_SPREAD(
      "performance_spread",
      LEARNING_NEED,
      "how far the best performers beat the median",
      "barely",
      "several times over"),
  RELATIONSHIP_TRUST(
      "relationship_trust",
      LEARNING_NEED,
      "relies on trust built with particular people over time",
      "not at all",
      "fully"),
  DIGITAL_IO(
      "digital_io",
      AUTOMATION_READINESS,
      "inputs and outputs are digital (text, data, code, images)",
      "not at all",
      "fully"),
  VERIFIABILITY(
      "verifiability",
      AUTOMATION_READINESS,
      "a result can be checked quickly and objectively",
      "not at all",
      "fully"),
  DOCUMENTED_PROCEDURE(
      "documented_procedure",
      AUTOMATION_READINESS,
      "written procedures, examples or standards exist",
      "not at all",
      "fully"),
  REPETITION(
      "repetition",
      AUTOMATION_READINESS,
      "the same steps recur often, at volume",
      "not at all",
      "always"),
  TASK_LENGTH_HOURS(
      "task_length_hours",
      AUTOMATION_READINESS,
      "typical uninterrupted working time per instance, in hours"),
  PHYSICAL_PRESENCE(
      "physical_presence",
      AUTOMATION_READINESS,
      "needs hands-on work or presence (counts against automation readiness)",
      "not at all",
      "always"),
  ERROR_COST(
      "error_cost",
      AUTOMATION_READINESS,
      "cost and irreversibility of a mistake, regulated sign-off (raises the reliability AI must"
          + " reach)",
      "not at all",
      "fully");

  private static final NumberRange LEVEL = NumberRange.wholeFromTo(1, 5);

  /** Longer than a working year is not one instance of a task but a project. */
  private static final NumberRange HOURS = NumberRange.aboveUpTo(0, 2000);

  private final String column;
  private final Axis axis;
  private final String description;
  private final List<String> levels;

  /**
   * Levels are either all five, or the two ends (1 and 5) where the method only names the ends;
   * none means the fact is a quantity, not a level.
   */
  TaskFact(String column, Axis axis, String description, String... levels) {
    this.column = column;
    this.axis = axis;
    this.description = description;
    this.levels = List.of(levels);
  }

  public static Optional<TaskFact> ofColumn(String column) {
    return Arrays.stream(values()).filter(fact -> fact.column.equals(column)).findFirst();
  }

  public String column() {
    return column;
  }

  public Axis axis() {
    return axis;
  }

  public String description() {
    return description;
  }

  /** Levels 1–5 for rubric facts; hours for {@code task_length_hours}. */
  public NumberRange scale() {
    return levels.isEmpty() ? HOURS : LEVEL;
  }

  public boolean isLevel() {
    return !levels.isEmpty();
  }

  /** What a level means, where the method says so (often only for 1 and 5). */
  public Optional<String> levelDescription(int level) {
    if (levels.size() == 5 && level >= 1 && level <= 5) {
      return Optional.of(levels.get(level - 1));
    }
    if (levels.size() == 2 && (level == 1 || level == 5)) {
      return Optional.of(levels.get(level == 1 ? 0 : 1));
    }
    return Optional.empty();
  }

  /** Reads this fact's cell: blank is unknown, anything outside the scale is a problem. */
  public CellReading read(String cell) {
    return scale().read(column, cell);
  }
}
