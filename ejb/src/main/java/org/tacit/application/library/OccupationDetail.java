package org.tacit.application.library;

import java.io.Serializable;
import java.util.List;

/**
 * An occupation with its tasks, as its page shows it.
 *
 * @param description null when O*NET gives none
 * @param jobZone 1–5, how much preparation the occupation needs; null when unknown
 * @param onTheJobTraining the median on-the-job training, such as "Over 1 month, up to 3 months";
 *     null when unknown
 */
public record OccupationDetail(
    String code,
    String title,
    String description,
    Integer jobZone,
    String onTheJobTraining,
    List<OccupationTaskSummary> tasks)
    implements Serializable {

  public OccupationDetail {
    tasks = List.copyOf(tasks);
  }
}
