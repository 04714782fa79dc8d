package org.tacit.web.api;

import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.EnumMap;
import java.util.Map;
import org.tacit.application.scenarios.ScenarioEdit;
import org.tacit.domain.scenario.ScenarioAssumption;

/**
 * A scenario's values as a client sends them: {@code name} and the field of each {@link
 * ScenarioAssumption}, each optional. A field left out keeps the value the edit starts from (the
 * stored scenario, or for a new one the defaults); {@code "continualLearningYear": null} means
 * never. Whether the values fit together is the service's to say. A field of the wrong kind is
 * refused as a bad request (400), naming it.
 */
final class ScenarioBody {

  private final JsonObject body;

  private ScenarioBody(JsonObject body) {
    this.body = body;
  }

  /** The values of {@code body} over {@code start}, quoting {@code rowVersion}. */
  static ScenarioEdit over(ScenarioEdit start, JsonObject body, long rowVersion) {
    if (body == null) {
      throw new IllegalArgumentException(
          "Send the scenario's values as a JSON object, e.g. {\"name\": \"Faster\", "
              + "\"doublingMonths\": 4}.");
    }
    ScenarioBody given = new ScenarioBody(body);
    Map<ScenarioAssumption, Object> values = new EnumMap<>(ScenarioAssumption.class);
    for (ScenarioAssumption a : ScenarioAssumption.values()) {
      values.put(a, given.value(a, start.value(a)));
    }
    return new ScenarioEdit(rowVersion, given.text("name", start.name()), values);
  }

  /** The row version the client saw, required to change or delete a scenario. */
  static long rowVersion(JsonObject body) {
    if (body == null
        || !(body.get("rowVersion") instanceof JsonNumber version)
        || !version.isIntegral()) {
      throw new IllegalArgumentException(
          "Quote the scenario's \"rowVersion\" as you read it (GET /scenarios/{id}).");
    }
    return version.longValue();
  }

  /** The name a copy is to have. */
  static String name(JsonObject body) {
    String name = body == null ? null : new ScenarioBody(body).text("name", null);
    if (name == null) {
      throw new IllegalArgumentException("Name the copy: {\"name\": \"…\"}.");
    }
    return name;
  }

  private String text(String field, String otherwise) {
    if (!body.containsKey(field)) {
      return otherwise;
    }
    if (body.get(field).getValueType() != JsonValue.ValueType.STRING) {
      throw new IllegalArgumentException(field + " is a text.");
    }
    return body.getString(field);
  }

  /** The value of {@code assumption}'s field as its entry takes it, or {@code otherwise}. */
  private Object value(ScenarioAssumption assumption, Object otherwise) {
    String field = assumption.field();
    if (!body.containsKey(field)) {
      return otherwise;
    }
    return switch (assumption.entry().kind()) {
      case DECIMAL -> number(field).doubleValue();
      case WHOLE, YEAR -> wholeNumber(field);
      case YEAR_OR_NEVER -> body.isNull(field) ? null : wholeNumber(field);
      case MONTH -> month(field);
    };
  }

  private YearMonth month(String field) {
    String text = text(field, null);
    try {
      return YearMonth.parse(text);
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException(
          field + " is a year and month like \"2025-03\", not \"" + text + "\".");
    }
  }

  private int wholeNumber(String field) {
    JsonNumber number = number(field);
    if (!number.isIntegral()) {
      throw new IllegalArgumentException(field + " is a whole number, not " + number + ".");
    }
    return number.intValue();
  }

  private JsonNumber number(String field) {
    if (!(body.get(field) instanceof JsonNumber number)) {
      throw new IllegalArgumentException(field + " is a number.");
    }
    return number;
  }
}
