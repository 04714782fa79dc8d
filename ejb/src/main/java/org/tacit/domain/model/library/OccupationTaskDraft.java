package org.tacit.domain.model.library;

/**
 * A task as the release describes it.
 *
 * @param type null where O*NET marks it neither Core nor Supplemental
 */
public record OccupationTaskDraft(long onetTaskId, String statement, TaskType type, TaskRating rating) {}
