package org.tacit.domain.model.library;

import static java.util.Objects.requireNonNull;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * An O*NET occupation, such as 43-3031.00 Bookkeeping, Accounting, and Auditing Clerks, with what
 * O*NET says about learning it: the job zone (1–5, how much preparation it needs), the median
 * on-the-job training, its work context and the importance of Active Learning, and the kinds of
 * work its tasks are made of (their work activities pooled). Roles link to it by code, not by
 * reference, so that loading a new release never breaks a role.
 */
@Entity
@Table(name = "onet_occupation")
public class Occupation {

  private static final Pattern CODE = Pattern.compile("\\d\\d-\\d\\d\\d\\d\\.\\d\\d");

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "onet_occupation_seq")
  @SequenceGenerator(
      name = "onet_occupation_seq",
      sequenceName = "onet_occupation_seq",
      allocationSize = 50)
  private Long id;

  @Column(nullable = false, unique = true, length = 10)
  private String code;

  @Column(nullable = false, length = 200)
  private String title;

  @Column(length = 2000)
  private String description;

  @Column(name = "job_zone")
  private Short jobZone;

  @Column(name = "ojt_category")
  private Short ojtCategory;

  @Embedded private WorkContext workContext;

  @Column(name = "active_learning")
  private Short activeLearning;

  @Embedded
  private ActivityProfile activities =
      ActivityProfile.NONE; // until describeActivities: the columns are not null

  protected Occupation() {} // for JPA

  public Occupation(String code, String title, String description) {
    this.code = requireCode(code);
    if (title == null || title.isBlank()) {
      throw new IllegalArgumentException("Occupation " + code + " needs a title.");
    }
    this.title = title.strip();
    this.description = description == null || description.isBlank() ? null : description.strip();
  }

  public static boolean isCode(String code) {
    return code != null && CODE.matcher(code).matches();
  }

  private static String requireCode(String code) {
    if (!isCode(code)) {
      throw new IllegalArgumentException(
          "An O*NET-SOC code looks like 43-3031.00 (got '" + code + "').");
    }
    return code;
  }

  /** What O*NET says about preparing for the occupation; null where it says nothing. */
  public void prepare(Integer zone, OnTheJobTraining training) {
    if (zone != null && (zone < 1 || zone > 5)) {
      throw new IllegalArgumentException("A job zone is from 1 to 5 (got " + zone + ").");
    }
    this.jobZone = zone == null ? null : zone.shortValue();
    this.ojtCategory = training == null ? null : (short) training.category();
  }

  /** The occupation's work context and Active Learning importance (0–100); null where unknown. */
  public void describeWork(WorkContext context, Integer activeLearningImportance) {
    if (activeLearningImportance != null
        && (activeLearningImportance < 0 || activeLearningImportance > 100)) {
      throw new IllegalArgumentException("Active Learning importance is rescaled to 0–100.");
    }
    this.workContext = context;
    this.activeLearning =
        activeLearningImportance == null ? null : activeLearningImportance.shortValue();
  }

  /** The work activities of all its tasks together; the estimate for a task O*NET links to none. */
  public void describeActivities(ActivityProfile pooled) {
    this.activities = requireNonNull(pooled, "pooled");
  }

  /** The estimates O*NET gives for the tasks of this occupation ({@link OnetPrefill#estimate}). */
  public OnetPrefill prefill() {
    return new OnetPrefill(onTheJobTraining(), workContext(), activeLearning(), activities());
  }

  public Long id() {
    return id;
  }

  public String code() {
    return code;
  }

  public String title() {
    return title;
  }

  public Optional<String> description() {
    return Optional.ofNullable(description);
  }

  public Optional<Integer> jobZone() {
    return Optional.ofNullable(jobZone).map(Short::intValue);
  }

  public Optional<OnTheJobTraining> onTheJobTraining() {
    return Optional.ofNullable(ojtCategory).flatMap(OnTheJobTraining::ofCategory);
  }

  public Optional<WorkContext> workContext() {
    return Optional.ofNullable(workContext);
  }

  /** The importance of Active Learning, rescaled 0–100. */
  public Optional<Integer> activeLearning() {
    return Optional.ofNullable(activeLearning).map(Short::intValue);
  }

  public ActivityProfile activities() {
    return activities == null ? ActivityProfile.NONE : activities;
  }
}
