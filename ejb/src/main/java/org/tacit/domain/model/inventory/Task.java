package org.tacit.domain.model.inventory;

import static java.util.Objects.requireNonNull;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.util.Optional;
import org.tacit.domain.Refused;

/**
 * One task of a role: what is done, what share of the role's time it takes, and what HR answered
 * about it. Past assessment runs keep their own snapshot of the facts, so revising them here never
 * changes a published figure.
 */
@Entity
public class Task {

  private static final int MAX_STATEMENT = 2000;

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "task_seq")
  // Large steps: an import of 100,000 tasks asks the sequence 200 times, not 100,000
  @SequenceGenerator(name = "task_seq", sequenceName = "task_seq", allocationSize = 500)
  private Long id;

  @Version private long version;

  @ManyToOne(optional = false)
  private Role role;

  @Column(nullable = false, length = MAX_STATEMENT)
  private String statement;

  @Column(name = "time_share_pct", precision = 5, scale = 2)
  private BigDecimal timeSharePct;

  /**
   * True when Tacit derived the share (O*NET frequency and importance, or equal shares), not HR.
   */
  @Column(name = "time_share_estimated", nullable = false)
  private boolean shareEstimated;

  @Embedded private TaskFacts facts;

  protected Task() {} // for JPA

  public Task(Role role, String statement, BigDecimal timeSharePct, TaskFacts facts) {
    this.role = requireNonNull(role, "role");
    restate(statement);
    share(timeSharePct);
    revise(facts);
  }

  public void restate(String newStatement) {
    if (newStatement == null || newStatement.isBlank()) {
      throw Refused.saying("refused.task.statement");
    }
    if (newStatement.strip().length() > MAX_STATEMENT) {
      throw Refused.saying("refused.task.longStatement", MAX_STATEMENT);
    }
    this.statement = newStatement.strip();
  }

  /** The share of the role's working time as HR gives it, 0–100; null when unknown. */
  public void share(BigDecimal pct) {
    requireShare(pct);
    this.timeSharePct = pct;
    this.shareEstimated = false;
  }

  /** A share Tacit derived because HR gave none; it stays an estimate until someone confirms it. */
  public void estimateShare(BigDecimal pct) {
    requireShare(pct);
    this.timeSharePct = pct;
    this.shareEstimated = pct != null;
  }

  /** Where the share came from; empty while it is unknown. */
  public Optional<Provenance> timeShareProvenance() {
    return timeSharePct == null
        ? Optional.empty()
        : Optional.of(shareEstimated ? Provenance.ESTIMATED : Provenance.CONFIRMED);
  }

  private static void requireShare(BigDecimal pct) {
    if (pct != null && (pct.signum() < 0 || pct.compareTo(BigDecimal.valueOf(100)) > 0)) {
      throw Refused.saying("refused.task.share", pct);
    }
  }

  /** HR revised the answers; past assessment runs keep their own snapshot. */
  public void revise(TaskFacts revised) {
    this.facts = requireNonNull(revised, "facts");
  }

  public Long id() {
    return id;
  }

  public long version() {
    return version;
  }

  public Role role() {
    return role;
  }

  public String statement() {
    return statement;
  }

  public Optional<BigDecimal> timeSharePct() {
    return Optional.ofNullable(timeSharePct);
  }

  public TaskFacts facts() {
    return facts == null
        ? TaskFacts.none()
        : facts; // JPA gives null when every fact column is null
  }
}
