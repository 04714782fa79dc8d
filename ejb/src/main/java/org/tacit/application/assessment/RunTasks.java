package org.tacit.application.assessment;

import java.io.Serializable;
import java.util.List;

/** A page of a run's tasks (the caller's departments only) and how many there are in all. */
public record RunTasks(RunSummary run, int total, int first, List<TaskScoreSummary> tasks)
    implements Serializable {

  public RunTasks {
    tasks = List.copyOf(tasks);
  }
}
