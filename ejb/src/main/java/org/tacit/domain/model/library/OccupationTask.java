package org.tacit.domain.model.library;

import static java.util.Objects.requireNonNull;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.util.Optional;

/**
 * A task statement of an O*NET occupation, with O*NET's own task id, whether it is Core or
 * Supplemental, how often and how importantly incumbents say they do it, and the kinds of work its
 * detailed work activities are ({@link ActivityProfile}). A role made from the occupation copies
 * the statement; the library task itself is never edited.
 */
@Entity
@Table(name = "onet_task")
public class OccupationTask {

  private static final int MAX_STATEMENT = 1000;

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "onet_task_seq")
  // Large steps: loading a release of 19,000 tasks asks the sequence 40 times, not 19,000
  @SequenceGenerator(name = "onet_task_seq", sequenceName = "onet_task_seq", allocationSize = 500)
  private Long id;

  @ManyToOne(optional = false, fetch = FetchType.LAZY)
  private Occupation occupation;

  @Column(name = "onet_task_id", nullable = false)
  private long onetTaskId;

  @Column(nullable = false, length = MAX_STATEMENT)
  private String statement;

  @Enumerated(EnumType.STRING)
  @Column(name = "task_type", length = 12)
  private TaskType type;

  @Column(name = "per_workday", precision = 12, scale = 6)
  private BigDecimal perWorkday;

  @Column(precision = 3, scale = 2)
  private BigDecimal importance;

  @Embedded private ActivityProfile activities;

  protected OccupationTask() {} // for JPA

  /**
   * @param type null where O*NET marks the task neither Core nor Supplemental
   */
  public OccupationTask(
      Occupation occupation,
      long onetTaskId,
      String statement,
      TaskType type,
      TaskRating rating,
      ActivityProfile activities) {
    this.occupation = requireNonNull(occupation, "occupation");
    this.onetTaskId = onetTaskId;
    if (statement == null || statement.isBlank() || statement.strip().length() > MAX_STATEMENT) {
      throw new IllegalArgumentException(
          "O*NET task "
              + onetTaskId
              + " needs a statement of at most "
              + MAX_STATEMENT
              + " characters.");
    }
    this.statement = statement.strip();
    this.type = type;
    this.perWorkday = rating.perWorkday().orElse(null);
    this.importance = rating.importance().orElse(null);
    this.activities = requireNonNull(activities, "activities");
  }

  public Long id() {
    return id;
  }

  public Occupation occupation() {
    return occupation;
  }

  public long onetTaskId() {
    return onetTaskId;
  }

  public String statement() {
    return statement;
  }

  public Optional<TaskType> type() {
    return Optional.ofNullable(type);
  }

  public TaskRating rating() {
    return TaskRating.of(perWorkday, importance);
  }

  public ActivityProfile activities() {
    return activities == null ? ActivityProfile.NONE : activities;
  }

  /** All O*NET knows about this task, for {@link OnetPrefill#estimate}. */
  public TaskEvidence evidence() {
    return new TaskEvidence(rating(), activities(), type);
  }
}
