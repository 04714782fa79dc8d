package org.tacit.web.reports;

import java.io.Serializable;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import org.tacit.application.scenarios.ScenarioEdit;
import org.tacit.domain.Refused;
import org.tacit.domain.scenario.ScenarioAssumption;

/**
 * What an analyst types into the scenario editor, one {@link AssumptionInput} per assumption,
 * beside the defaults it is compared with. A blank decimal goes to the service as not-a-number,
 * which it refuses with a reason; the page requires the whole numbers. Kept as typed when the
 * service refuses, so it can be corrected.
 */
public class ScenarioForm implements Serializable {

  private static final long serialVersionUID = 2L;

  private final Long scenarioId;
  private final ScenarioEdit defaults;
  private final Map<ScenarioAssumption, AssumptionInput> inputs =
      new EnumMap<>(ScenarioAssumption.class);
  private long rowVersion;
  private String name;

  /** An editor of scenario {@code scenarioId} (null: a new one) showing {@code values}. */
  ScenarioForm(Long scenarioId, ScenarioEdit values, ScenarioEdit defaults) {
    this.scenarioId = scenarioId;
    this.defaults = defaults;
    rowVersion = values.rowVersion();
    name = values.name();
    for (ScenarioAssumption a : ScenarioAssumption.values()) {
      inputs.put(
          a, new AssumptionInput(a.entry().isMonth() ? text(values.value(a)) : values.value(a)));
    }
  }

  /** The values to save. */
  ScenarioEdit values() {
    Map<ScenarioAssumption, Object> values = new EnumMap<>(ScenarioAssumption.class);
    for (ScenarioAssumption a : ScenarioAssumption.values()) {
      Object typed = inputs.get(a).value;
      values.put(a, a.entry().isMonth() ? month((String) typed) : orNaN(a, typed));
    }
    return new ScenarioEdit(rowVersion, name, values);
  }

  /** The input of {@code assumption}, as the page binds it. */
  public AssumptionInput input(ScenarioAssumption assumption) {
    return inputs.get(assumption);
  }

  /** Whether the value typed for {@code assumption} departs from its default. */
  public boolean departs(ScenarioAssumption assumption) {
    Object typed = inputs.get(assumption).value;
    Object byDefault = defaults.value(assumption);
    if (assumption.entry().isMonth()) {
      return !Objects.equals(typed == null ? null : ((String) typed).strip(), text(byDefault));
    }
    return !Objects.equals(typed, byDefault);
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

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  private static String text(Object month) {
    return month == null ? null : month.toString();
  }

  private static YearMonth month(String typed) {
    try {
      return typed == null || typed.isBlank() ? null : YearMonth.parse(typed.strip());
    } catch (DateTimeParseException e) {
      throw Refused.saying("scenario.refused.monthWritten", typed.strip());
    }
  }

  /** A blank decimal as not-a-number, for the service to refuse with its reason. */
  private static Object orNaN(ScenarioAssumption a, Object typed) {
    return typed == null && a.entry().isDecimal() ? Double.NaN : typed;
  }

  /**
   * One input of the editor, typed for the component that binds it: a decimal, a whole number or a
   * text (the month). Only the accessor of its assumption's kind is bound.
   */
  public static final class AssumptionInput implements Serializable {

    private static final long serialVersionUID = 1L;

    private Object value;

    AssumptionInput(Object value) {
      this.value = value;
    }

    public Double getDecimal() {
      return value instanceof Number n ? n.doubleValue() : null;
    }

    public void setDecimal(Double decimal) {
      value = decimal;
    }

    public Integer getWhole() {
      return value instanceof Number n ? n.intValue() : null;
    }

    public void setWhole(Integer whole) {
      value = whole;
    }

    public String getText() {
      return (String) value;
    }

    public void setText(String text) {
      value = text;
    }
  }
}
