package org.tacit.application.home;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * What the database says needs doing in the caller's departments.
 *
 * @param firstSteps what the caller can do to start, when they see no role yet; null otherwise
 * @param shares roles whose tasks' time shares do not add up to 100 %, furthest off first
 * @param runs the newest run of each scope that is older than the published rule set or the last
 *     change in what it covers, newest first; null when the caller does not assess
 * @param changes the latest changes by other people, per role and person, newest first
 */
public record AgendaItems(
    FirstSteps firstSteps,
    Listed<ShareGap> shares,
    Listed<StaleRun> runs,
    List<RecentChange> changes)
    implements Serializable {

  public AgendaItems {
    changes = List.copyOf(changes);
  }

  /**
   * What someone who sees no role yet can do.
   *
   * @param mayImport the caller may import an inventory file
   * @param mayStartRole the caller may start a role from an O*NET occupation (they may change a
   *     department that exists)
   */
  public record FirstSteps(boolean mayImport, boolean mayStartRole) implements Serializable {}

  /** A role whose tasks' given time shares add up to {@code total} %, not 100 %. */
  public record ShareGap(long roleId, String roleTitle, String departmentCode, BigDecimal total)
      implements Serializable {}

  /**
   * A run whose figures no longer stand for the inventory or the rules.
   *
   * @param scopeLabel what it covers; null when the caller sees it redacted
   * @param publishedVersion the rule set published now, when newer than the run's; null otherwise
   * @param changedAt the last change in what the run covers, when after its start; null otherwise
   */
  public record StaleRun(
      long runId,
      String scopeKind,
      String scopeLabel,
      int ruleSetVersion,
      Instant startedAt,
      Integer publishedVersion,
      Instant changedAt)
      implements Serializable {}

  /** {@code count} changes by {@code actor} to a role, the latest at {@code at}. */
  public record RecentChange(
      long roleId, String roleTitle, String departmentCode, String actor, Instant at, long count)
      implements Serializable {}
}
