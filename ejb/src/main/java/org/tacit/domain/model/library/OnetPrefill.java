package org.tacit.domain.model.library;

import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import org.tacit.domain.model.inventory.Provenance;
import org.tacit.domain.model.inventory.TaskFact;
import org.tacit.domain.model.inventory.TaskFacts;

/**
 * Estimates the task facts O*NET can speak to, for a task of a role linked to an occupation. Every
 * answer is {@link org.tacit.domain.model.inventory.Provenance#ESTIMATED}: O*NET describes the
 * average US job, not this organisation's, so a person confirms or corrects it. Facts O*NET says
 * nothing about stay unknown.
 *
 * <ul>
 *   <li>{@code time_to_proficiency}: the occupation's median on-the-job training, mapped onto the
 *       level whose span contains it ({@link OnTheJobTraining}).
 *   <li>{@code repetition}: the task's own frequency (below monthly 1, monthly 2, weekly 3, daily
 *       4, several times a day 5), so that tasks of one occupation differ where O*NET says they do.
 *       Where O*NET has not rated the task, the occupation's importance of repeating the same
 *       tasks, in fifths. The task's rating wins because it is the better evidence: shifting it by
 *       the occupation's would push a repetitive occupation's daily and hourly tasks to the same 5.
 *   <li>{@code novelty}: the mean of unstructured work and of not repeating the same tasks, since a
 *       worker who sets their own tasks and rarely repeats them meets new situations more often.
 *   <li>{@code verifiability}: the mean of the importance of being exact and the degree of
 *       automation, since exact standards and machine-run work make a result checkable.
 *   <li>{@code tacit_context}: the importance of Active Learning ("understanding the implications
 *       of new information for current and future problem-solving"), at the nearest O*NET anchor
 *       (not, somewhat, important, very, extremely). A job that keeps absorbing new information to
 *       decide well depends on what accumulates on the job rather than on pre-trained knowledge; it
 *       is the one learning-need fact not already estimated from another O*NET source, so the same
 *       evidence is not counted twice. Level 5 needs an importance of 87.5, which no O*NET 27.0
 *       occupation reaches: the estimate never claims "almost all".
 * </ul>
 *
 * The novelty and verifiability bands put O*NET 27.0's median occupation on level 3, so an estimate
 * departs from "typical" only where the occupation stands out.
 *
 * <p>Three facts come from the kinds of work the task is made of, its {@link ActivityProfile}: the
 * detailed work activities O*NET links the task to, each filed as hands-on, information, people or
 * observing work ({@link WorkActivity}). A share of the task's activities maps linearly onto the
 * levels, rounded half up: level = 1 + round(4 × share), so a task of one activity is at an end (1
 * or 5), of two at 1, 3 or 5.
 *
 * <ul>
 *   <li>{@code physical_presence}: the hands-on share, observing counting half (monitoring and
 *       inspecting are often, not always, done on site). "Operate forklifts" is 5, "analyse budget
 *       data" 1.
 *   <li>{@code digital_io}: the information share, observing and people work counting half each (a
 *       conversation or an inspection may or may not happen in writing or on a screen).
 *   <li>{@code relationship_trust}: the share of work with people, on levels 1–4 only: level = 1 +
 *       round(3 × share). Advising, negotiating, supervising or selling relies on the people
 *       involved, but O*NET does not say whether it is the same people over time, which "fully" (5)
 *       would claim; a task with no work with people is 1.
 * </ul>
 *
 * A task O*NET links to no work activity (or one matched to no O*NET task, {@link
 * TaskEvidence#NONE}) gets its occupation's pooled profile: the mix of all the occupation's
 * activities, the best guess for a task of that occupation and one that lands on the middle levels
 * wherever the occupation mixes kinds of work. Whether a task is Core or Supplemental, and its
 * importance, inform no fact: they say how central a task is to the occupation, not how it is done,
 * and they already set the default time shares ({@link DefaultTimeShares}).
 */
public final class OnetPrefill {

  private static final BigDecimal[] PER_YEAR_BANDS = numbers("12", "52", "260", "780");
  private static final BigDecimal WORKDAYS = BigDecimal.valueOf(260);
  private static final BigDecimal[] FIFTHS = numbers("0.2", "0.4", "0.6", "0.8");
  private static final BigDecimal[] NOVELTY_BANDS = numbers("0.35", "0.50", "0.65", "0.80");
  private static final BigDecimal[] VERIFIABILITY_BANDS = numbers("0.35", "0.45", "0.55", "0.65");
  private static final BigDecimal[] IMPORTANCE_ANCHORS = numbers("12.5", "37.5", "62.5", "87.5");
  private static final BigDecimal TWO = BigDecimal.valueOf(2);

  private final Optional<OnTheJobTraining> training;
  private final Optional<WorkContext> context;
  private final Optional<Integer> activeLearning;
  private final ActivityProfile occupationActivities;

  /**
   * @param activeLearningImportance O*NET's importance of Active Learning, rescaled 0–100
   * @param occupationActivities the pooled profile of the occupation's tasks, {@link
   *     ActivityProfile#NONE} when unknown
   */
  public OnetPrefill(
      Optional<OnTheJobTraining> training,
      Optional<WorkContext> context,
      Optional<Integer> activeLearningImportance,
      ActivityProfile occupationActivities) {
    this.training = training;
    this.context = context;
    this.activeLearning = activeLearningImportance;
    this.occupationActivities = occupationActivities;
  }

  /**
   * The estimated facts of a task of the occupation; {@link TaskEvidence#NONE} for a task O*NET
   * does not list.
   */
  public TaskFacts estimate(TaskEvidence task) {
    Map<TaskFact, BigDecimal> answers = new EnumMap<>(TaskFact.class);
    training.ifPresent(t -> answers.put(TaskFact.TIME_TO_PROFICIENCY, level(t.proficiencyLevel())));
    repetition(task.rating().perWorkday(), context)
        .ifPresent(l -> answers.put(TaskFact.REPETITION, level(l)));
    context.ifPresent(
        c -> {
          answers.put(TaskFact.NOVELTY, level(novelty(c)));
          answers.put(TaskFact.VERIFIABILITY, level(verifiability(c)));
        });
    activeLearning.ifPresent(
        importance -> answers.put(TaskFact.TACIT_CONTEXT, level(tacitContext(importance))));
    ActivityProfile activities =
        task.activities().isKnown() ? task.activities() : occupationActivities;
    if (activities.isKnown()) {
      answers.put(TaskFact.PHYSICAL_PRESENCE, level(physicalPresence(activities)));
      answers.put(TaskFact.DIGITAL_IO, level(digitalIo(activities)));
      answers.put(TaskFact.RELATIONSHIP_TRUST, level(relationshipTrust(activities)));
    }
    return TaskFacts.estimated(answers);
  }

  /**
   * The estimated facts of a task that takes {@code timeSharePct} of its role's time, with its
   * length where O*NET says how often it is done ({@link TaskLengthEstimate}).
   */
  public TaskFacts estimate(TaskEvidence task, BigDecimal timeSharePct, double annualHoursPerFte) {
    TaskFacts facts = estimate(task);
    return TaskLengthEstimate.hours(timeSharePct, annualHoursPerFte, task.rating().perWorkday())
        .map(hours -> facts.with(TaskFact.TASK_LENGTH_HOURS, hours, Provenance.ESTIMATED))
        .orElse(facts);
  }

  /** Hands-on share, observing counting half, on levels 1–5. */
  static int physicalPresence(ActivityProfile a) {
    return 1 + roundedShare(4, 2 * a.handsOn() + a.observing(), 2 * a.activities());
  }

  /** Information share, observing and people work counting half, on levels 1–5. */
  static int digitalIo(ActivityProfile a) {
    return 1
        + roundedShare(4, 2 * a.information() + a.observing() + a.people(), 2 * a.activities());
  }

  /** Share of work with people, on levels 1–4. */
  static int relationshipTrust(ActivityProfile a) {
    return 1 + roundedShare(3, a.people(), a.activities());
  }

  /** round(steps × part / whole), halves up, in whole numbers so that 0.5 is exactly a half. */
  private static int roundedShare(int steps, int part, int whole) {
    return (2 * steps * part + whole) / (2 * whole);
  }

  static Optional<Integer> repetition(
      Optional<BigDecimal> perWorkday, Optional<WorkContext> context) {
    return perWorkday
        .map(frequency -> band(frequency.multiply(WORKDAYS), PER_YEAR_BANDS))
        .or(() -> context.map(c -> band(c.repeating(), FIFTHS)));
  }

  static int novelty(WorkContext context) {
    BigDecimal varied = BigDecimal.ONE.subtract(context.repeating());
    return band(context.unstructured().add(varied).divide(TWO), NOVELTY_BANDS);
  }

  static int verifiability(WorkContext context) {
    return band(context.exactness().add(context.automation()).divide(TWO), VERIFIABILITY_BANDS);
  }

  static int tacitContext(int activeLearningImportance) {
    return band(BigDecimal.valueOf(activeLearningImportance), IMPORTANCE_ANCHORS);
  }

  /** Level 1 below the first bound, one more for each bound reached. */
  private static int band(BigDecimal score, BigDecimal[] bounds) {
    int level = 1;
    for (BigDecimal bound : bounds) {
      level += score.compareTo(bound) >= 0 ? 1 : 0;
    }
    return level;
  }

  private static BigDecimal level(int level) {
    return BigDecimal.valueOf(level);
  }

  private static BigDecimal[] numbers(String... values) {
    BigDecimal[] numbers = new BigDecimal[values.length];
    for (int i = 0; i < values.length; i++) {
      numbers[i] = new BigDecimal(values[i]);
    }
    return numbers;
  }
}
