package org.tacit.domain.scenario;

import java.util.OptionalInt;

/**
 * The year AI starts to learn on the job, or never. Until then a task that needs learning on the
 * job is at most augmented; from that year on, learning need no longer blocks substitution.
 */
public record ContinualLearning(OptionalInt year) {

  private static final ContinualLearning NEVER = new ContinualLearning(OptionalInt.empty());

  public ContinualLearning {
    if (year == null) {
      throw new IllegalArgumentException(
          "Continual learning arrives in a year or never, not null.");
    }
  }

  public static ContinualLearning never() {
    return NEVER;
  }

  public static ContinualLearning in(int year) {
    return new ContinualLearning(OptionalInt.of(year));
  }

  public boolean hasArrivedBy(int calendarYear) {
    return year.isPresent() && year.getAsInt() <= calendarYear;
  }

  @Override
  public String toString() {
    return year.isPresent() ? String.valueOf(year.getAsInt()) : "never";
  }
}
