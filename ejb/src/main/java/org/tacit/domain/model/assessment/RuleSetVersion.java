package org.tacit.domain.model.assessment;

import static java.util.Objects.requireNonNull;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.tacit.domain.scoring.RuleSet;

/**
 * A rule set as stored: the numbers of {@link RuleSet} with who made and published them. At most
 * one draft exists at a time, numbered one above the newest version; publishing freezes it, since
 * every assessment run names the version it was scored with and must be reproducible from it.
 */
@Entity
@Table(name = "rule_set")
public class RuleSetVersion {

  @Id private int version;

  @Version
  @Column(name = "row_version")
  private long rowVersion;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 10)
  private RuleSetStatus status;

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "rule_weight", joinColumns = @JoinColumn(name = "rule_set_version"))
  @MapKeyColumn(name = "rule_id", length = 40)
  @Column(name = "weight", precision = 6, scale = 2, nullable = false)
  private Map<String, BigDecimal> weights = new LinkedHashMap<>();

  @Column(name = "learning_need_threshold", precision = 5, scale = 2, nullable = false)
  private BigDecimal learningNeedThreshold;

  @Column(name = "automation_readiness_threshold", precision = 5, scale = 2, nullable = false)
  private BigDecimal automationReadinessThreshold;

  @Column(name = "estimate_credit", precision = 3, scale = 2, nullable = false)
  private BigDecimal estimateCredit;

  @Column(length = 1000)
  private String note;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Column(name = "created_by", nullable = false, length = 100)
  private String createdBy;

  @Column(name = "published_at")
  private Instant publishedAt;

  @Column(name = "published_by", length = 100)
  private String publishedBy;

  protected RuleSetVersion() {} // for JPA

  /** A new draft numbered {@code version}, starting from the numbers of {@code basis}. */
  public static RuleSetVersion draft(int version, RuleSet basis, String actor, Instant at) {
    RuleSetVersion draft = new RuleSetVersion();
    draft.version = version;
    draft.status = RuleSetStatus.DRAFT;
    draft.createdAt = requireNonNull(at, "at");
    draft.createdBy = requireNonNull(actor, "actor");
    draft.revise(
        basis.weights(),
        basis.learningNeedThreshold(),
        basis.automationReadinessThreshold(),
        basis.estimateCredit(),
        "Draft based on version " + basis.version() + ".");
    return draft;
  }

  /**
   * New numbers for the draft, checked as {@link RuleSet#of} checks them, so a draft that saves can
   * always be published.
   */
  public void revise(
      Map<String, ? extends Number> newWeights,
      double learningNeed,
      double automationReadiness,
      double credit,
      String newNote) {
    if (status != RuleSetStatus.DRAFT) {
      throw new IllegalStateException("Version " + version + " is published and cannot change.");
    }
    RuleSet checked = RuleSet.of(version, newWeights, learningNeed, automationReadiness, credit);
    weights.clear();
    checked.weights().forEach((id, w) -> weights.put(id, BigDecimal.valueOf(w)));
    learningNeedThreshold = BigDecimal.valueOf(learningNeed);
    automationReadinessThreshold = BigDecimal.valueOf(automationReadiness);
    estimateCredit = BigDecimal.valueOf(credit);
    note = newNote == null || newNote.isBlank() ? null : newNote.strip();
  }

  public void publish(String actor, Instant at) {
    if (status != RuleSetStatus.DRAFT) {
      throw new IllegalStateException("Version " + version + " is already published.");
    }
    status = RuleSetStatus.PUBLISHED;
    publishedBy = requireNonNull(actor, "actor");
    publishedAt = requireNonNull(at, "at");
  }

  /** The numbers, ready to score with. */
  public RuleSet ruleSet() {
    return RuleSet.of(
        version,
        weights,
        learningNeedThreshold.doubleValue(),
        automationReadinessThreshold.doubleValue(),
        estimateCredit.doubleValue());
  }

  public int version() {
    return version;
  }

  public long rowVersion() {
    return rowVersion;
  }

  public RuleSetStatus status() {
    return status;
  }

  public Optional<String> note() {
    return Optional.ofNullable(note);
  }

  public Instant createdAt() {
    return createdAt;
  }

  public String createdBy() {
    return createdBy;
  }

  public Optional<Instant> publishedAt() {
    return Optional.ofNullable(publishedAt);
  }

  public Optional<String> publishedBy() {
    return Optional.ofNullable(publishedBy);
  }
}
