package org.tacit.application.assessment;

import java.io.Serializable;
import java.time.Instant;
import java.util.Map;

/**
 * An assessment run as people see it in lists and on its page.
 *
 * @param scopeKind ORGANISATION, DEPARTMENT or ROLE
 * @param scopeKey the department code or role id; null for the organisation
 * @param status RUNNING, DONE or FAILED
 * @param done tasks scored so far while RUNNING; the task count once DONE
 * @param total tasks to score; known once the run has read its inputs
 * @param classCounts tasks per class (the caller's departments only), once DONE
 * @param redacted the run covers departments the caller may not read: scope key and label, starter,
 *     progress and problem are left out (null or 0), see {@code RunAccess}
 */
public record RunSummary(
    long id,
    int ruleSetVersion,
    String scopeKind,
    String scopeKey,
    String scopeLabel,
    String status,
    Instant startedAt,
    String startedBy,
    Instant finishedAt,
    int done,
    int total,
    String problem,
    Map<String, Integer> classCounts,
    boolean redacted)
    implements Serializable {

  public boolean running() {
    return "RUNNING".equals(status);
  }

  public boolean finished() {
    return "DONE".equals(status);
  }

  /** 0–100, for a progress bar. */
  public int percent() {
    return total == 0 ? (running() ? 0 : 100) : (int) Math.min(100, 100L * done / total);
  }
}
