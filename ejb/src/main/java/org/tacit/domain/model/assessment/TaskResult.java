package org.tacit.domain.model.assessment;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalDouble;
import org.tacit.domain.scoring.Contribution;
import org.tacit.domain.scoring.Score;
import org.tacit.domain.scoring.TaskClass;

/**
 * A task's figures as a run stores them: both axes (NaN when unscored), the class, the confidence,
 * and each rule's points to two decimals, biggest first. Two results are equal exactly when a board
 * would read the same figures and reasons, which is what reproducing a run checks.
 */
public final class TaskResult {

  private static final long NEGATIVE_ZERO = Double.doubleToRawLongBits(-0.0);

  private final double learningNeed;
  private final double automationReadiness;
  private final TaskClass taskClass;
  private final double confidence;
  private final Map<String, Double> points;

  public TaskResult(
      double learningNeed,
      double automationReadiness,
      TaskClass taskClass,
      double confidence,
      Map<String, Double> points) {
    this.learningNeed = learningNeed;
    this.automationReadiness = automationReadiness;
    this.taskClass = Objects.requireNonNull(taskClass, "taskClass");
    this.confidence = confidence;
    this.points = Collections.unmodifiableMap(new LinkedHashMap<>(points));
  }

  public static TaskResult of(Score score) {
    Map<String, Double> points = new LinkedHashMap<>();
    for (Contribution c : score.contributions()) {
      points.put(c.ruleId(), hundredths(c.points()));
    }
    return new TaskResult(
        score.learningNeed().orElse(Double.NaN),
        score.automationReadiness().orElse(Double.NaN),
        score.taskClass(),
        score.confidence(),
        points);
  }

  /**
   * Such as {@code LEARN-TACIT=+12.50;AUTO-DIGITAL=-8.33}, biggest first, as the run stores them.
   */
  public String pointsText() {
    StringBuilder text = new StringBuilder();
    points.forEach(
        (rule, p) -> {
          if (text.length() > 0) {
            text.append(';');
          }
          text.append(rule).append('=');
          appendSigned(text, p);
        });
    return text.toString();
  }

  /**
   * {@code p} as {@code String.format("%+.2f", p)} writes it. Points are already in hundredths (see
   * {@link #of}), which plain arithmetic writes exactly; the formatter, called 13 times per task,
   * took about a third of reassessing 100,000 tasks (docs/benchmarks.md). Anything else, such as
   * -0.0 or a value between hundredths, still goes through the formatter.
   */
  private static void appendSigned(StringBuilder text, double p) {
    long hundredths = Math.round(p * 100);
    if (hundredths / 100.0 != p
        || Math.abs(hundredths) >= 1L << 50
        || Double.doubleToRawLongBits(p) == NEGATIVE_ZERO) {
      text.append(String.format(Locale.ROOT, "%+.2f", p));
      return;
    }
    long size = Math.abs(hundredths);
    text.append(hundredths < 0 ? '-' : '+')
        .append(size / 100)
        .append('.')
        .append((char) ('0' + size / 10 % 10))
        .append((char) ('0' + size % 10));
  }

  public static Map<String, Double> parsePoints(String text) {
    Map<String, Double> points = new LinkedHashMap<>();
    if (text == null || text.isEmpty()) {
      return points;
    }
    for (String entry : text.split(";")) {
      int at = entry.indexOf('=');
      points.put(entry.substring(0, at), Double.parseDouble(entry.substring(at + 1)));
    }
    return points;
  }

  public OptionalDouble learningNeed() {
    return Double.isNaN(learningNeed) ? OptionalDouble.empty() : OptionalDouble.of(learningNeed);
  }

  public OptionalDouble automationReadiness() {
    return Double.isNaN(automationReadiness)
        ? OptionalDouble.empty()
        : OptionalDouble.of(automationReadiness);
  }

  public TaskClass taskClass() {
    return taskClass;
  }

  public double confidence() {
    return confidence;
  }

  /** Each rule's signed points, biggest first; rules whose answer was unknown are absent. */
  public Map<String, Double> points() {
    return points;
  }

  private static double hundredths(double value) {
    return Math.round(value * 100) / 100.0;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof TaskResult that
        && Double.compare(learningNeed, that.learningNeed) == 0
        && Double.compare(automationReadiness, that.automationReadiness) == 0
        && taskClass == that.taskClass
        && Double.compare(confidence, that.confidence) == 0
        && points.equals(that.points);
  }

  @Override
  public int hashCode() {
    return Objects.hash(learningNeed, automationReadiness, taskClass, confidence, points);
  }

  @Override
  public String toString() {
    return "L "
        + learningNeed
        + ", A "
        + automationReadiness
        + ", "
        + taskClass
        + ", confidence "
        + confidence
        + ", "
        + pointsText();
  }
}
