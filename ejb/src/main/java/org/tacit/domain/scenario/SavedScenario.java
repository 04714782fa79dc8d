package org.tacit.domain.scenario;

import static java.util.Objects.requireNonNull;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.YearMonth;

/**
 * A scenario as the organisation keeps it: the value of each assumption. The defaults and their
 * sources are not stored but come from {@link Scenarios}, so a saved scenario always shows them
 * beside its own values, and an improved source reaches every scenario.
 */
@Entity
@Table(name = "scenario")
public class SavedScenario {

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "scenario_seq")
  @SequenceGenerator(name = "scenario_seq", sequenceName = "scenario_seq", allocationSize = 1)
  private Long id;

  @Version @Column(name = "row_version") private long rowVersion;

  @Column(nullable = false, length = 100) private String name;
  @Column(name = "horizon_hours", nullable = false, precision = 12, scale = 4) private BigDecimal horizonHours;
  @Column(name = "horizon_measured", nullable = false, length = 7) private String horizonMeasured;
  @Column(name = "doubling_months", nullable = false, precision = 6, scale = 2) private BigDecimal doublingMonths;
  @Column(name = "reliable_horizon_share", nullable = false, precision = 4, scale = 3)
  private BigDecimal reliableHorizonShare;
  @Column(name = "half_horizon_up_to", nullable = false) private short halfHorizonUpTo;
  @Column(name = "reliable_horizon_from", nullable = false) private short reliableHorizonFrom;
  @Column(name = "continual_learning_year") private Integer continualLearningYear;
  @Column(name = "capture_of_fragments", nullable = false, precision = 4, scale = 3)
  private BigDecimal captureOfFragments;
  @Column(name = "adoption_years", nullable = false) private short adoptionYears;
  @Column(name = "first_year", nullable = false) private int firstYear;
  @Column(name = "last_year", nullable = false) private int lastYear;
  @Column(name = "changed_at", nullable = false) private Instant changedAt;
  @Column(name = "changed_by", nullable = false, length = 100) private String changedBy;

  protected SavedScenario() {} // for JPA

  public SavedScenario(Scenario scenario, String actor, Instant at) {
    revise(scenario, actor, at);
  }

  /** Takes every value of {@code scenario}, which has checked them. */
  public void revise(Scenario scenario, String actor, Instant at) {
    name = scenario.name().strip();
    horizonHours = BigDecimal.valueOf(scenario.horizonHours().value());
    horizonMeasured = scenario.horizonMeasured().value().toString();
    doublingMonths = BigDecimal.valueOf(scenario.doublingMonths().value());
    reliableHorizonShare = BigDecimal.valueOf(scenario.reliableHorizonShare().value());
    halfHorizonUpTo = scenario.halfHorizonUpToErrorCost().value().shortValue();
    reliableHorizonFrom = scenario.reliableHorizonFromErrorCost().value().shortValue();
    continualLearningYear = scenario.continualLearning().value().year().isPresent()
        ? scenario.continualLearning().value().year().getAsInt() : null;
    captureOfFragments = BigDecimal.valueOf(scenario.captureOfFragments().value());
    adoptionYears = scenario.adoptionYears().value().shortValue();
    firstYear = scenario.firstYear().value();
    lastYear = scenario.lastYear().value();
    changedBy = requireNonNull(actor, "actor");
    changedAt = requireNonNull(at, "at");
  }

  /** The scenario, each value beside its default and source. */
  public Scenario scenario() {
    return Scenarios.base(firstYear).named(name)
        .withHorizon(horizonHours.doubleValue(), YearMonth.parse(horizonMeasured))
        .withDoublingMonths(doublingMonths.doubleValue())
        .withReliability(reliableHorizonShare.doubleValue(), halfHorizonUpTo, reliableHorizonFrom)
        .withContinualLearning(continualLearningYear == null ? ContinualLearning.never()
            : ContinualLearning.in(continualLearningYear))
        .withCaptureOfFragments(captureOfFragments.doubleValue())
        .withAdoptionYears(adoptionYears)
        .withYears(firstYear, lastYear);
  }

  public Long id() {
    return id;
  }

  public long rowVersion() {
    return rowVersion;
  }

  public String name() {
    return name;
  }

  public Instant changedAt() {
    return changedAt;
  }

  public String changedBy() {
    return changedBy;
  }
}
