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
import java.math.RoundingMode;
import java.time.Instant;
import java.time.YearMonth;

/**
 * A scenario as the organisation keeps it: the value of each assumption. The defaults and their
 * sources are not stored but come from {@link Scenarios}, so a saved scenario always shows them
 * beside its own values, and an improved source reaches every scenario. The AI horizon's three
 * values are kept only where the scenario sets its own: left empty, they follow the trend fitted to
 * the measured points, so a newly published measurement moves every scenario that follows it.
 */
@Entity
@Table(name = "scenario")
public class SavedScenario {

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "scenario_seq")
  @SequenceGenerator(name = "scenario_seq", sequenceName = "scenario_seq", allocationSize = 1)
  private Long id;

  @Version
  @Column(name = "row_version")
  private long rowVersion;

  @Column(nullable = false, length = 100)
  private String name;

  @Column(name = "horizon_hours", precision = 12, scale = 4)
  private BigDecimal horizonHours;

  @Column(name = "horizon_measured", length = 7)
  private String horizonMeasured;

  @Column(name = "doubling_months", precision = 6, scale = 2)
  private BigDecimal doublingMonths;

  @Column(name = "real_work_share", nullable = false, precision = 4, scale = 3)
  private BigDecimal realWorkShare;

  @Column(name = "reliable_horizon_share", nullable = false, precision = 4, scale = 3)
  private BigDecimal reliableHorizonShare;

  @Column(name = "half_horizon_up_to", nullable = false)
  private short halfHorizonUpTo;

  @Column(name = "reliable_horizon_from", nullable = false)
  private short reliableHorizonFrom;

  @Column(name = "continual_learning_year")
  private Integer continualLearningYear;

  @Column(name = "capture_of_fragments", nullable = false, precision = 4, scale = 3)
  private BigDecimal captureOfFragments;

  @Column(name = "adoption_years", nullable = false)
  private short adoptionYears;

  @Column(name = "first_year", nullable = false)
  private int firstYear;

  @Column(name = "last_year", nullable = false)
  private int lastYear;

  @Column(name = "changed_at", nullable = false)
  private Instant changedAt;

  @Column(name = "changed_by", nullable = false, length = 100)
  private String changedBy;

  /** The longest name the column keeps. */
  public static final int LONGEST_NAME = 100;

  /** Over a hundred years of work at a stretch: beyond any task an inventory holds. */
  static final int MOST_HORIZON_HOURS = 1_000_000;

  /** A century: a horizon doubling more slowly than that is not growing within any plan. */
  static final int MOST_DOUBLING_MONTHS = 1200;

  static final int MOST_ADOPTION_YEARS = 100;

  protected SavedScenario() {} // for JPA

  public SavedScenario(Scenario scenario, String actor, Instant at) {
    revise(scenario, actor, at);
  }

  /**
   * Takes every value of {@code scenario}, which has checked how they fit together; refuses, before
   * changing anything, a value its column cannot keep. Decimals are kept to the places of their
   * columns.
   */
  public void revise(Scenario scenario, String actor, Instant at) {
    requireStorable(scenario);
    name = scenario.name().strip();
    boolean followsTrend =
        scenario.horizonHours().isDefault() && scenario.horizonMeasured().isDefault();
    horizonHours = followsTrend ? null : decimal(scenario.horizonHours().value(), 4);
    horizonMeasured = followsTrend ? null : scenario.horizonMeasured().value().toString();
    doublingMonths =
        scenario.doublingMonths().isDefault()
            ? null
            : decimal(scenario.doublingMonths().value(), 2);
    realWorkShare = decimal(scenario.realWorkShare().value(), 3);
    reliableHorizonShare = decimal(scenario.reliableHorizonShare().value(), 3);
    halfHorizonUpTo = scenario.halfHorizonUpToErrorCost().value().shortValue();
    reliableHorizonFrom = scenario.reliableHorizonFromErrorCost().value().shortValue();
    continualLearningYear =
        scenario.continualLearning().value().year().isPresent()
            ? scenario.continualLearning().value().year().getAsInt()
            : null;
    captureOfFragments = decimal(scenario.captureOfFragments().value(), 3);
    adoptionYears = scenario.adoptionYears().value().shortValue();
    firstYear = scenario.firstYear().value();
    lastYear = scenario.lastYear().value();
    changedBy = requireNonNull(actor, "actor");
    changedAt = requireNonNull(at, "at");
  }

  /**
   * The scenario, each value beside its default and source, the horizon's defaults from {@code
   * trend}.
   */
  public Scenario scenario(HorizonTrend trend) {
    Scenario base = Scenarios.base(firstYear, trend);
    return base.named(name)
        .withHorizon(
            horizonHours == null ? base.horizonHours().value() : horizonHours.doubleValue(),
            horizonMeasured == null
                ? base.horizonMeasured().value()
                : YearMonth.parse(horizonMeasured))
        .withDoublingMonths(
            doublingMonths == null ? base.doublingMonths().value() : doublingMonths.doubleValue())
        .withRealWorkShare(realWorkShare.doubleValue())
        .withReliability(reliableHorizonShare.doubleValue(), halfHorizonUpTo, reliableHorizonFrom)
        .withContinualLearning(
            continualLearningYear == null
                ? ContinualLearning.never()
                : ContinualLearning.in(continualLearningYear))
        .withCaptureOfFragments(captureOfFragments.doubleValue())
        .withAdoptionYears(adoptionYears)
        .withYears(firstYear, lastYear);
  }

  /** Ranges wide enough for any plan; outside them a value would be cut or rounded to nothing. */
  private static void requireStorable(Scenario scenario) {
    int length = scenario.name().strip().length();
    require(length <= LONGEST_NAME, "longName", LONGEST_NAME, length);
    double horizon = scenario.horizonHours().value();
    require(
        horizon >= 0.001 && horizon <= MOST_HORIZON_HOURS,
        "horizonRange",
        MOST_HORIZON_HOURS,
        horizon);
    int measuredIn = scenario.horizonMeasured().value().getYear();
    require(measuredIn >= 1900 && measuredIn <= 9999, "measuredIn", String.valueOf(measuredIn));
    double doubling = scenario.doublingMonths().value();
    require(
        doubling >= 0.1 && doubling <= MOST_DOUBLING_MONTHS,
        "doublingRange",
        MOST_DOUBLING_MONTHS,
        doubling);
    double reliable = scenario.reliableHorizonShare().value();
    require(reliable >= 0.001, "reliableAtLeast", reliable);
    double realWork = scenario.realWorkShare().value();
    require(realWork >= 0.001, "realWorkAtLeast", realWork);
    int adoption = scenario.adoptionYears().value();
    require(adoption <= MOST_ADOPTION_YEARS, "adoptionAtMost", MOST_ADOPTION_YEARS, adoption);
  }

  private static BigDecimal decimal(double value, int places) {
    return BigDecimal.valueOf(value).setScale(places, RoundingMode.HALF_UP);
  }

  /** Refuses the scenario with sentence {@code scenario.refused.<problem>} of the bundle. */
  private static void require(boolean condition, String problem, Object... facts) {
    if (!condition) {
      throw new ScenarioRefused(problem, facts);
    }
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
