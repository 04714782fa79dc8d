package org.tacit.domain.model.library;

import java.util.List;

/**
 * An occupation as the release describes it, with its tasks.
 *
 * @param description null when the release gives none
 * @param jobZone null when the release rates no job zone
 * @param training null when the release has no on-the-job training answers
 */
public record OccupationDraft(
    String code, String title, String description, Integer jobZone, OnTheJobTraining training,
    List<OccupationTaskDraft> tasks) {

  public OccupationDraft {
    tasks = List.copyOf(tasks);
  }
}
