package org.tacit.domain.model.library;

/**
 * A task as the release describes it.
 *
 * @param type null where O*NET marks it neither Core nor Supplemental
 * @param activities {@link ActivityProfile#NONE} where the release links it to no work activity
 */
public record OccupationTaskDraft(
    long onetTaskId,
    String statement,
    TaskType type,
    TaskRating rating,
    ActivityProfile activities) {

  /** The library task of {@code occupation} this draft describes. */
  public OccupationTask toTask(Occupation occupation) {
    return new OccupationTask(occupation, onetTaskId, statement, type, rating, activities);
  }
}
