package org.tacit.domain.scenario;

import static java.util.Objects.requireNonNull;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.YearMonth;

/**
 * A measured horizon as the portal keeps it: shipped with Tacit (from {@link MeasuredHorizons}, by
 * the migration that made the table) or added by an administrator when a new measurement is
 * published. Shipped points are the evidence every portal shares, so they stay; an added one can be
 * taken back. A point is never edited: a corrected figure is a new point.
 */
@Entity
@Table(name = "horizon_point")
public class RecordedHorizon {

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "horizon_point_seq")
  @SequenceGenerator(
      name = "horizon_point_seq",
      sequenceName = "horizon_point_seq",
      allocationSize = 1)
  private Long id;

  @Column(nullable = false, length = 7)
  private String measured;

  @Column(nullable = false, length = HorizonPoint.LONGEST_MODEL)
  private String model;

  @Column(name = "fifty_percent_hours", nullable = false)
  private double fiftyPercentHours;

  @Column(name = "eighty_percent_hours")
  private Double eightyPercentHours;

  @Column(nullable = false, length = HorizonPoint.LONGEST_SOURCE)
  private String source;

  @Column(name = "second_hand", nullable = false)
  private boolean secondHand;

  @Column(nullable = false)
  private boolean shipped;

  @Column(name = "added_by", nullable = false, length = 100)
  private String addedBy;

  @Column(name = "added_at", nullable = false)
  private Instant addedAt;

  protected RecordedHorizon() {} // for JPA

  /** A point an administrator adds; {@code point} has checked its figures. */
  public RecordedHorizon(HorizonPoint point, String addedBy, Instant addedAt) {
    requireNonNull(point, "point");
    this.measured = point.measured().toString();
    this.model = point.model();
    this.fiftyPercentHours = point.fiftyPercentHours();
    this.eightyPercentHours = point.eightyPercentHours();
    this.source = point.source();
    this.secondHand = point.secondHand();
    this.shipped = false;
    this.addedBy = requireNonNull(addedBy, "addedBy");
    this.addedAt = requireNonNull(addedAt, "addedAt");
  }

  public HorizonPoint point() {
    return new HorizonPoint(
        YearMonth.parse(measured),
        model,
        fiftyPercentHours,
        eightyPercentHours,
        source,
        secondHand);
  }

  /** Refuses, with the reason, to let a shipped point go. */
  public void requireRemovable() {
    if (shipped) {
      throw new IllegalArgumentException(
          "“"
              + model
              + "” ("
              + measured
              + ") ships with Tacit and stays: it is part of the evidence every portal shares. Add"
              + " a corrected measurement as a new point instead.");
    }
  }

  public Long id() {
    return id;
  }

  public boolean shipped() {
    return shipped;
  }

  public String addedBy() {
    return addedBy;
  }

  public Instant addedAt() {
    return addedAt;
  }
}
