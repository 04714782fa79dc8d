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
    String code,
    String title,
    String description,
    Integer jobZone,
    OnTheJobTraining training,
    List<OccupationTaskDraft> tasks) {

  public OccupationDraft {
    tasks = List.copyOf(tasks);
  }

  /**
   * The library occupation this draft describes, with what the product ships beside the release.
   *
   * @param context null where the occupation's work context is unknown
   * @param activeLearningImportance null where unknown
   */
  public Occupation toOccupation(WorkContext context, Integer activeLearningImportance) {
    Occupation occupation = new Occupation(code, title, description);
    occupation.prepare(jobZone, training);
    occupation.describeWork(context, activeLearningImportance);
    occupation.describeActivities(
        ActivityProfile.pooled(tasks.stream().map(OccupationTaskDraft::activities).toList()));
    return occupation;
  }
}
