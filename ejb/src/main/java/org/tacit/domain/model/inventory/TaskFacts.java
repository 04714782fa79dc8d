package org.tacit.domain.model.inventory;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.tacit.domain.Refused;

/**
 * The answers about one task, each with its provenance. Stored as one column per fact (not a row
 * per fact) because an organisation's inventory is read and imported in bulk; a bit set records
 * which answers are estimates. An unknown answer is absent, never zero.
 */
@Embeddable
public class TaskFacts {

  @Column(name = "tacit_context")
  private Short tacitContext;

  @Column(name = "novelty")
  private Short novelty;

  @Column(name = "feedback_delay")
  private Short feedbackDelay;

  @Column(name = "time_to_proficiency")
  private Short timeToProficiency;

  @Column(name = "performance_spread")
  private Short performanceSpread;

  @Column(name = "relationship_trust")
  private Short relationshipTrust;

  @Column(name = "digital_io")
  private Short digitalIo;

  @Column(name = "verifiability")
  private Short verifiability;

  @Column(name = "documented_procedure")
  private Short documentedProcedure;

  @Column(name = "repetition")
  private Short repetition;

  @Column(name = "task_length_hours", precision = 7, scale = 2)
  private BigDecimal taskLengthHours;

  @Column(name = "physical_presence")
  private Short physicalPresence;

  @Column(name = "error_cost")
  private Short errorCost;

  /** Bit {@code 1 << fact.ordinal()} is set when that answer is an estimate. */
  @Column(name = "estimated_facts", nullable = false)
  private int estimated;

  protected TaskFacts() {} // for JPA; an empty set of answers

  public static TaskFacts none() {
    return new TaskFacts();
  }

  /** Answers as HR gave them: every given answer is confirmed. */
  public static TaskFacts confirmed(Map<TaskFact, BigDecimal> answers) {
    TaskFacts facts = new TaskFacts();
    answers.forEach((fact, value) -> facts.put(fact, value, Provenance.CONFIRMED));
    return facts;
  }

  /**
   * Answers derived from elsewhere (O*NET): every given answer stays an estimate until confirmed.
   */
  public static TaskFacts estimated(Map<TaskFact, BigDecimal> answers) {
    TaskFacts facts = new TaskFacts();
    answers.forEach((fact, value) -> facts.put(fact, value, Provenance.ESTIMATED));
    return facts;
  }

  public Optional<BigDecimal> value(TaskFact fact) {
    Number raw =
        switch (fact) {
          case TACIT_CONTEXT -> tacitContext;
          case NOVELTY -> novelty;
          case FEEDBACK_DELAY -> feedbackDelay;
          case TIME_TO_PROFICIENCY -> timeToProficiency;
          case PERFORMANCE_SPREAD -> performanceSpread;
          case RELATIONSHIP_TRUST -> relationshipTrust;
          case DIGITAL_IO -> digitalIo;
          case VERIFIABILITY -> verifiability;
          case DOCUMENTED_PROCEDURE -> documentedProcedure;
          case REPETITION -> repetition;
          case TASK_LENGTH_HOURS -> taskLengthHours;
          case PHYSICAL_PRESENCE -> physicalPresence;
          case ERROR_COST -> errorCost;
        };
    return Optional.ofNullable(raw)
        .map(
            n ->
                SpreadsheetNumber.normalise(
                    n instanceof BigDecimal d ? d : BigDecimal.valueOf(n.longValue())));
  }

  /**
   * The answer as a plain number, {@code NaN} when unknown: levels 1–5 as whole numbers, hours as
   * given. For the scorer, which reads millions of tasks a second and cannot afford an Optional and
   * a BigDecimal per answer; everything else reads {@link #value}.
   */
  public double answer(TaskFact fact) {
    return switch (fact) {
      case TACIT_CONTEXT -> number(tacitContext);
      case NOVELTY -> number(novelty);
      case FEEDBACK_DELAY -> number(feedbackDelay);
      case TIME_TO_PROFICIENCY -> number(timeToProficiency);
      case PERFORMANCE_SPREAD -> number(performanceSpread);
      case RELATIONSHIP_TRUST -> number(relationshipTrust);
      case DIGITAL_IO -> number(digitalIo);
      case VERIFIABILITY -> number(verifiability);
      case DOCUMENTED_PROCEDURE -> number(documentedProcedure);
      case REPETITION -> number(repetition);
      case TASK_LENGTH_HOURS ->
          taskLengthHours == null ? Double.NaN : taskLengthHours.doubleValue();
      case PHYSICAL_PRESENCE -> number(physicalPresence);
      case ERROR_COST -> number(errorCost);
    };
  }

  /** True when the answer is known and still an estimate; false when confirmed or unknown. */
  public boolean isEstimated(TaskFact fact) {
    return (estimated & bit(fact)) != 0;
  }

  public Optional<Provenance> provenance(TaskFact fact) {
    return value(fact)
        .map(v -> (estimated & bit(fact)) != 0 ? Provenance.ESTIMATED : Provenance.CONFIRMED);
  }

  /** The known answers, in rubric order. */
  public Map<TaskFact, BigDecimal> answers() {
    Map<TaskFact, BigDecimal> answers = new EnumMap<>(TaskFact.class);
    for (TaskFact fact : TaskFact.values()) {
      value(fact).ifPresent(v -> answers.put(fact, v));
    }
    return answers;
  }

  /**
   * Answers as stored elsewhere (an assessment run's snapshot): {@code values} with the estimates
   * marked by bit {@code 1 << fact.ordinal()} of {@code estimatedBits}.
   */
  public static TaskFacts of(Map<TaskFact, BigDecimal> values, int estimatedBits) {
    TaskFacts facts = new TaskFacts();
    values.forEach(
        (fact, value) ->
            facts.put(
                fact,
                value,
                (estimatedBits & bit(fact)) != 0 ? Provenance.ESTIMATED : Provenance.CONFIRMED));
    return facts;
  }

  /** Bit {@code 1 << fact.ordinal()} set for each estimated answer, as {@link #of} reads it. */
  public int estimatedBits() {
    return estimated;
  }

  /**
   * These answers, with each unknown one taken from {@code fallback} (an O*NET estimate) together
   * with its provenance. A known answer always wins, whatever the fallback says.
   */
  public TaskFacts filledFrom(TaskFacts fallback) {
    TaskFacts filled = copy();
    for (TaskFact fact : TaskFact.values()) {
      if (value(fact).isEmpty()) {
        fallback
            .value(fact)
            .ifPresent(v -> filled.put(fact, v, fallback.provenance(fact).orElseThrow()));
      }
    }
    return filled;
  }

  /** A copy with one answer given (or cleared, when {@code value} is null). */
  public TaskFacts with(TaskFact fact, BigDecimal value, Provenance provenance) {
    TaskFacts copy = copy();
    copy.put(fact, value, provenance);
    return copy;
  }

  private void put(TaskFact fact, BigDecimal value, Provenance provenance) {
    if (value != null && !fact.scale().contains(value)) {
      throw Refused.because(fact.read(value.toPlainString()).problem());
    }
    Short level =
        value == null || fact == TaskFact.TASK_LENGTH_HOURS ? null : value.shortValueExact();
    switch (fact) {
      case TACIT_CONTEXT -> tacitContext = level;
      case NOVELTY -> novelty = level;
      case FEEDBACK_DELAY -> feedbackDelay = level;
      case TIME_TO_PROFICIENCY -> timeToProficiency = level;
      case PERFORMANCE_SPREAD -> performanceSpread = level;
      case RELATIONSHIP_TRUST -> relationshipTrust = level;
      case DIGITAL_IO -> digitalIo = level;
      case VERIFIABILITY -> verifiability = level;
      case DOCUMENTED_PROCEDURE -> documentedProcedure = level;
      case REPETITION -> repetition = level;
      case TASK_LENGTH_HOURS -> taskLengthHours = value;
      case PHYSICAL_PRESENCE -> physicalPresence = level;
      case ERROR_COST -> errorCost = level;
    }
    boolean isEstimate = value != null && provenance == Provenance.ESTIMATED;
    estimated = isEstimate ? estimated | bit(fact) : estimated & ~bit(fact);
  }

  private TaskFacts copy() {
    TaskFacts copy = new TaskFacts();
    for (TaskFact fact : TaskFact.values()) {
      value(fact).ifPresent(v -> copy.put(fact, v, provenance(fact).orElseThrow()));
    }
    return copy;
  }

  private static double number(Short level) {
    return level == null ? Double.NaN : level;
  }

  private static int bit(TaskFact fact) {
    return 1 << fact.ordinal();
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof TaskFacts that
        && answers().equals(that.answers())
        && estimated == that.estimated;
  }

  @Override
  public int hashCode() {
    return Objects.hash(answers(), estimated);
  }
}
