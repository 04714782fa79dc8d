package org.tacit.application.assessment;

import java.io.Serializable;
import java.util.List;
import java.util.Map;
import org.tacit.text.Sentence;

/**
 * What changed between two runs, and why.
 *
 * @param ruleSetChanges differences of weights and thresholds when the two used different versions
 * @param transitions for each class of the earlier run, how many of its tasks are in each class now
 * @param changes tasks whose class or scores moved, class changes first, then by how far
 * @param unchanged tasks in both runs with the same figures
 * @param onlyEarlier tasks removed since, or out of the later run's scope
 * @param onlyLater tasks added since, or out of the earlier run's scope
 */
public record RunComparison(
    RunSummary earlier,
    RunSummary later,
    List<Sentence> ruleSetChanges,
    Map<String, Map<String, Integer>> transitions,
    List<TaskChange> changes,
    int unchanged,
    int onlyEarlier,
    int onlyLater)
    implements Serializable {

  /**
   * One task that moved.
   *
   * @param why the answers and rule points that changed, biggest first, as sentences to word
   */
  public record TaskChange(
      long taskId,
      String roleTitle,
      String departmentCode,
      String statement,
      String classBefore,
      String classAfter,
      Double learningNeedBefore,
      Double learningNeedAfter,
      Double automationReadinessBefore,
      Double automationReadinessAfter,
      List<Sentence> why)
      implements Serializable {

    public boolean classChanged() {
      return !classBefore.equals(classAfter);
    }
  }
}
