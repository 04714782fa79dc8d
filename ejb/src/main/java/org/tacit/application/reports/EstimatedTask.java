package org.tacit.application.reports;

import java.io.Serializable;
import java.util.List;

/**
 * A task whose score rests mostly on estimates: {@code estimated} of its {@code answered} answers
 * nobody has confirmed (O*NET's, or stored as estimates), on {@code hours} of work a year.
 */
public record EstimatedTask(
    long taskId,
    long roleId,
    String roleTitle,
    String departmentCode,
    String statement,
    int estimated,
    int answered,
    double hours)
    implements Serializable {

  /** The first few of the caller's such tasks, most hours first, and how many there are. */
  public record Top(List<EstimatedTask> tasks, int total) implements Serializable {

    public Top {
      tasks = List.copyOf(tasks);
    }
  }
}
