package org.tacit.domain.model.assessment;

import static java.util.Objects.requireNonNull;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Optional;

/**
 * One assessment: which tasks, with which rule-set version, by whom and when. Its tasks (inputs as
 * they were and results) are stored beside it once and never change, so the figures a board saw can
 * be shown again, compared with a later run, and reproduced.
 */
@Entity
@Table(name = "assessment_run")
public class AssessmentRun {

  private static final int MAX_PROBLEM = 1000;

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "assessment_run_seq")
  @SequenceGenerator(
      name = "assessment_run_seq",
      sequenceName = "assessment_run_seq",
      allocationSize = 1)
  private Long id;

  @Column(name = "rule_set_version", nullable = false)
  private int ruleSetVersion;

  @Enumerated(EnumType.STRING)
  @Column(name = "scope_kind", nullable = false, length = 12)
  private AssessmentScope.Kind scopeKind;

  @Column(name = "scope_key", length = 64)
  private String scopeKey;

  @Column(name = "scope_label", nullable = false, length = 300)
  private String scopeLabel;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 10)
  private RunStatus status;

  @Column(name = "started_at", nullable = false)
  private Instant startedAt;

  @Column(name = "started_by", nullable = false, length = 100)
  private String startedBy;

  @Column(name = "finished_at")
  private Instant finishedAt;

  @Column(name = "task_count", nullable = false)
  private int taskCount;

  @Column(length = MAX_PROBLEM)
  private String problem;

  /**
   * Changes when the run ends: a server whose run was given up (its heartbeat went quiet) cannot
   * still mark it done, its commit fails and stores nothing.
   */
  @Version
  @Column(name = "row_version", nullable = false)
  private long rowVersion;

  /**
   * The last sign of life of the server working on the run ({@code RunWatch}); written apart from
   * the run's own transaction, and without changing its version.
   */
  @Column(name = "heartbeat_at", nullable = false)
  private Instant heartbeatAt;

  @Column(name = "tasks_done", nullable = false)
  private int tasksDone;

  @Column(name = "tasks_total", nullable = false)
  private int tasksTotal;

  protected AssessmentRun() {} // for JPA

  public AssessmentRun(
      AssessmentScope scope, String scopeLabel, int ruleSetVersion, String actor, Instant at) {
    this.scopeKind = scope.kind();
    this.scopeKey = scope.key();
    this.scopeLabel = requireNonNull(scopeLabel, "scopeLabel");
    this.ruleSetVersion = ruleSetVersion;
    this.startedBy = requireNonNull(actor, "actor");
    this.startedAt = requireNonNull(at, "at");
    this.heartbeatAt = at;
    this.status = RunStatus.RUNNING;
  }

  public void finish(int tasks, Instant at) {
    requireRunning();
    status = RunStatus.DONE;
    taskCount = tasks;
    tasksDone = tasks;
    tasksTotal = tasks;
    finishedAt = at;
  }

  public void fail(String why, Instant at) {
    requireRunning();
    status = RunStatus.FAILED;
    problem = why.length() > MAX_PROBLEM ? why.substring(0, MAX_PROBLEM) : why;
    finishedAt = at;
  }

  private void requireRunning() {
    if (status != RunStatus.RUNNING) {
      throw new IllegalStateException("Run " + id + " has already ended (" + status + ").");
    }
  }

  public Long id() {
    return id;
  }

  public int ruleSetVersion() {
    return ruleSetVersion;
  }

  public AssessmentScope scope() {
    return new AssessmentScope(scopeKind, scopeKey);
  }

  public String scopeLabel() {
    return scopeLabel;
  }

  public RunStatus status() {
    return status;
  }

  public Instant startedAt() {
    return startedAt;
  }

  public String startedBy() {
    return startedBy;
  }

  public Optional<Instant> finishedAt() {
    return Optional.ofNullable(finishedAt);
  }

  public int taskCount() {
    return taskCount;
  }

  public Optional<String> problem() {
    return Optional.ofNullable(problem);
  }

  /** How many of its tasks the run has scored, as its server last said; all once it is done. */
  public int tasksDone() {
    return tasksDone;
  }

  /** How many tasks the run scores; 0 until it has read them. */
  public int tasksTotal() {
    return tasksTotal;
  }
}
