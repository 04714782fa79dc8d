package org.tacit.domain.model.library;

import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
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
 *   <li>{@code repetition}: the task's own frequency (below monthly 1, monthly 2, weekly 3, daily 4,
 *       several times a day 5), so that tasks of one occupation differ where O*NET says they do.
 *       Where O*NET has not rated the task, the occupation's importance of repeating the same
 *       tasks, in fifths. The task's rating wins because it is the better evidence: shifting it by
 *       the occupation's would push a repetitive occupation's daily and hourly tasks to the same 5.
 *   <li>{@code novelty}: the mean of unstructured work and of not repeating the same tasks, since
 *       a worker who sets their own tasks and rarely repeats them meets new situations more often.
 *   <li>{@code verifiability}: the mean of the importance of being exact and the degree of
 *       automation, since exact standards and machine-run work make a result checkable.
 *   <li>{@code tacit_context}: the importance of Active Learning ("understanding the implications
 *       of new information for current and future problem-solving"), at the nearest O*NET anchor
 *       (not, somewhat, important, very, extremely). A job that keeps absorbing new information to
 *       decide well depends on what accumulates on the job rather than on pre-trained knowledge;
 *       it is the one learning-need fact not already estimated from another O*NET source, so the
 *       same evidence is not counted twice. Level 5 needs an importance of 87.5, which no O*NET
 *       27.0 occupation reaches: the estimate never claims "almost all".
 * </ul>
 * The novelty and verifiability bands put O*NET 27.0's median occupation on level 3, so an
 * estimate departs from "typical" only where the occupation stands out.
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

  /** @param activeLearningImportance O*NET's importance of Active Learning, rescaled 0–100 */
  public OnetPrefill(Optional<OnTheJobTraining> training, Optional<WorkContext> context,
      Optional<Integer> activeLearningImportance) {
    this.training = training;
    this.context = context;
    this.activeLearning = activeLearningImportance;
  }

  public TaskFacts estimate(TaskRating rating) {
    Map<TaskFact, BigDecimal> answers = new EnumMap<>(TaskFact.class);
    training.ifPresent(t -> answers.put(TaskFact.TIME_TO_PROFICIENCY, level(t.proficiencyLevel())));
    repetition(rating.perWorkday(), context).ifPresent(l -> answers.put(TaskFact.REPETITION, level(l)));
    context.ifPresent(c -> {
      answers.put(TaskFact.NOVELTY, level(novelty(c)));
      answers.put(TaskFact.VERIFIABILITY, level(verifiability(c)));
    });
    activeLearning.ifPresent(importance -> answers.put(TaskFact.TACIT_CONTEXT, level(tacitContext(importance))));
    return TaskFacts.estimated(answers);
  }

  static Optional<Integer> repetition(Optional<BigDecimal> perWorkday, Optional<WorkContext> context) {
    return perWorkday.map(frequency -> band(frequency.multiply(WORKDAYS), PER_YEAR_BANDS))
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
