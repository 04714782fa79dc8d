package org.tacit.domain.model.library;

import static java.util.Objects.requireNonNull;

import java.util.Optional;

/**
 * What O*NET knows about one task, beyond its occupation: how often and how importantly it is done
 * ({@link TaskRating}), the kinds of work it is made of ({@link ActivityProfile}), and whether it
 * is Core or Supplemental. The one input {@link OnetPrefill#estimate} takes per task; {@link #NONE}
 * for a task that matches no O*NET task, which then gets the occupation's estimates only.
 */
public final class TaskEvidence {

  public static final TaskEvidence NONE =
      new TaskEvidence(TaskRating.UNKNOWN, ActivityProfile.NONE, null);

  private final TaskRating rating;
  private final ActivityProfile activities;
  private final TaskType type;

  /**
   * @param type null where O*NET marks the task neither Core nor Supplemental
   */
  public TaskEvidence(TaskRating rating, ActivityProfile activities, TaskType type) {
    this.rating = requireNonNull(rating, "rating");
    this.activities = requireNonNull(activities, "activities");
    this.type = type;
  }

  public TaskRating rating() {
    return rating;
  }

  public ActivityProfile activities() {
    return activities;
  }

  public Optional<TaskType> type() {
    return Optional.ofNullable(type);
  }
}
