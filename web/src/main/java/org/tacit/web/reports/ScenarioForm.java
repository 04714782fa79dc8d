package org.tacit.web.reports;

import java.io.Serializable;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import org.tacit.application.scenarios.ScenarioEdit;

/**
 * What an analyst types into the scenario editor, field by field, beside the defaults it is
 * compared with. A blank decimal goes to the service as not-a-number, which it refuses with a
 * reason; the page requires the whole numbers. Kept as typed when the service refuses, so it can be
 * corrected.
 */
public class ScenarioForm implements Serializable {

  private static final long serialVersionUID = 1L;

  private final Long scenarioId;
  private final List<Object> defaults;
  private long rowVersion;
  private String name;
  private Double horizonHours;
  private String horizonMeasured;
  private Double doublingMonths;
  private Double realWorkShare;
  private Double reliableHorizonShare;
  private Integer halfHorizonUpToErrorCost;
  private Integer reliableHorizonFromErrorCost;
  private Integer continualLearningYear;
  private Double captureOfFragments;
  private Integer adoptionYears;
  private Integer firstYear;
  private Integer lastYear;

  /** An editor of scenario {@code scenarioId} (null: a new one) showing {@code values}. */
  ScenarioForm(Long scenarioId, ScenarioEdit values, ScenarioEdit defaults) {
    this.scenarioId = scenarioId;
    this.defaults = assumptions(defaults);
    rowVersion = values.rowVersion();
    name = values.name();
    horizonHours = values.horizonHours();
    horizonMeasured = values.horizonMeasured().toString();
    doublingMonths = values.doublingMonths();
    realWorkShare = values.realWorkShare();
    reliableHorizonShare = values.reliableHorizonShare();
    halfHorizonUpToErrorCost = values.halfHorizonUpToErrorCost();
    reliableHorizonFromErrorCost = values.reliableHorizonFromErrorCost();
    continualLearningYear = values.continualLearningYear();
    captureOfFragments = values.captureOfFragments();
    adoptionYears = values.adoptionYears();
    firstYear = values.firstYear();
    lastYear = values.lastYear();
  }

  /** The values to save. */
  ScenarioEdit values() {
    return new ScenarioEdit(
        rowVersion,
        name,
        orNaN(horizonHours),
        month(),
        orNaN(doublingMonths),
        orNaN(realWorkShare),
        orNaN(reliableHorizonShare),
        whole(halfHorizonUpToErrorCost),
        whole(reliableHorizonFromErrorCost),
        continualLearningYear,
        orNaN(captureOfFragments),
        whole(adoptionYears),
        whole(firstYear),
        whole(lastYear));
  }

  /**
   * Whether the value of the {@code index}th assumption (in the order the service lists them)
   * departs from its default.
   */
  public boolean departs(int index) {
    return !Objects.equals(current().get(index), defaults.get(index));
  }

  /** Null for a scenario not saved yet. */
  public Long getScenarioId() {
    return scenarioId;
  }

  public boolean isCreating() {
    return scenarioId == null;
  }

  /** After someone else's change was shown, a second save may knowingly replace it. */
  void seen(long storedVersion) {
    rowVersion = storedVersion;
  }

  private List<Object> current() {
    return Arrays.asList(
        horizonHours,
        horizonMeasured == null ? null : horizonMeasured.strip(),
        doublingMonths,
        realWorkShare,
        reliableHorizonShare,
        halfHorizonUpToErrorCost,
        reliableHorizonFromErrorCost,
        continualLearningYear,
        captureOfFragments,
        adoptionYears,
        firstYear,
        lastYear);
  }

  private static List<Object> assumptions(ScenarioEdit v) {
    return Arrays.asList(
        v.horizonHours(),
        v.horizonMeasured().toString(),
        v.doublingMonths(),
        v.realWorkShare(),
        v.reliableHorizonShare(),
        v.halfHorizonUpToErrorCost(),
        v.reliableHorizonFromErrorCost(),
        v.continualLearningYear(),
        v.captureOfFragments(),
        v.adoptionYears(),
        v.firstYear(),
        v.lastYear());
  }

  private YearMonth month() {
    try {
      return horizonMeasured == null || horizonMeasured.isBlank()
          ? null
          : YearMonth.parse(horizonMeasured.strip());
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException(
          "The month the horizon was measured is written like 2025-03, not “"
              + horizonMeasured.strip()
              + "”.");
    }
  }

  private static double orNaN(Double value) {
    return value == null ? Double.NaN : value;
  }

  private static int whole(Integer value) {
    if (value == null) {
      throw new IllegalArgumentException(
          "Fill in every whole number; only continual learning may stay empty (never).");
    }
    return value;
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public Double getHorizonHours() {
    return horizonHours;
  }

  public void setHorizonHours(Double horizonHours) {
    this.horizonHours = horizonHours;
  }

  public String getHorizonMeasured() {
    return horizonMeasured;
  }

  public void setHorizonMeasured(String horizonMeasured) {
    this.horizonMeasured = horizonMeasured;
  }

  public Double getRealWorkShare() {
    return realWorkShare;
  }

  public void setRealWorkShare(Double realWorkShare) {
    this.realWorkShare = realWorkShare;
  }

  public Double getDoublingMonths() {
    return doublingMonths;
  }

  public void setDoublingMonths(Double doublingMonths) {
    this.doublingMonths = doublingMonths;
  }

  public Double getReliableHorizonShare() {
    return reliableHorizonShare;
  }

  public void setReliableHorizonShare(Double reliableHorizonShare) {
    this.reliableHorizonShare = reliableHorizonShare;
  }

  public Integer getHalfHorizonUpToErrorCost() {
    return halfHorizonUpToErrorCost;
  }

  public void setHalfHorizonUpToErrorCost(Integer halfHorizonUpToErrorCost) {
    this.halfHorizonUpToErrorCost = halfHorizonUpToErrorCost;
  }

  public Integer getReliableHorizonFromErrorCost() {
    return reliableHorizonFromErrorCost;
  }

  public void setReliableHorizonFromErrorCost(Integer reliableHorizonFromErrorCost) {
    this.reliableHorizonFromErrorCost = reliableHorizonFromErrorCost;
  }

  public Integer getContinualLearningYear() {
    return continualLearningYear;
  }

  public void setContinualLearningYear(Integer continualLearningYear) {
    this.continualLearningYear = continualLearningYear;
  }

  public Double getCaptureOfFragments() {
    return captureOfFragments;
  }

  public void setCaptureOfFragments(Double captureOfFragments) {
    this.captureOfFragments = captureOfFragments;
  }

  public Integer getAdoptionYears() {
    return adoptionYears;
  }

  public void setAdoptionYears(Integer adoptionYears) {
    this.adoptionYears = adoptionYears;
  }

  public Integer getFirstYear() {
    return firstYear;
  }

  public void setFirstYear(Integer firstYear) {
    this.firstYear = firstYear;
  }

  public Integer getLastYear() {
    return lastYear;
  }

  public void setLastYear(Integer lastYear) {
    this.lastYear = lastYear;
  }
}
