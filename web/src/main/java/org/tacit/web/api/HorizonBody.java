package org.tacit.web.api;

import jakarta.json.Json;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import org.tacit.application.scenarios.HorizonEntry;
import org.tacit.application.scenarios.HorizonRecord;
import org.tacit.domain.scenario.HorizonPoint;
import org.tacit.domain.scenario.HorizonTrend;

/**
 * The measured horizons as the API speaks them. A new point comes as {@code {"measured": "2026-11",
 * "model": "…", "fiftyPercentHours": 20.5, "eightyPercentHours": 3.1, "source": "…, 2026-11-20",
 * "secondHand": false}}; whether the values fit is the service's to say, a field of the wrong kind
 * is a bad request (400) naming it.
 */
final class HorizonBody {

  private HorizonBody() {}

  static HorizonEntry entry(JsonObject body) {
    if (body == null) {
      throw new IllegalArgumentException(
          "Send the measurement as a JSON object: {\"measured\": \"2026-11\", "
              + "\"model\": \"…\", \"fiftyPercentHours\": 20.5, \"source\": \"…\"}.");
    }
    String measured = text(body, "measured");
    YearMonth month;
    try {
      month = measured == null ? null : YearMonth.parse(measured);
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException(
          "measured is a year and month like \"2026-02\", not \"" + measured + "\".");
    }
    return new HorizonEntry(
        month,
        text(body, "model"),
        number(body, "fiftyPercentHours"),
        number(body, "eightyPercentHours"),
        text(body, "source"),
        body.containsKey("secondHand") && body.get("secondHand") == JsonValue.TRUE);
  }

  static JsonObjectBuilder json(HorizonRecord recorded) {
    HorizonPoint point = recorded.point();
    JsonObjectBuilder json =
        Json.createObjectBuilder()
            .add("id", recorded.id())
            .add("measured", point.measured().toString())
            .add("model", point.model())
            .add("fiftyPercentHours", point.fiftyPercentHours());
    if (point.eightyPercentHours() == null) {
      json.addNull("eightyPercentHours");
    } else {
      json.add("eightyPercentHours", point.eightyPercentHours());
    }
    return json.add("source", point.source())
        .add("secondHand", point.secondHand())
        .add("shipped", recorded.shipped())
        .add("addedBy", recorded.addedBy())
        .add("addedAt", recorded.addedAt().toString());
  }

  static JsonObjectBuilder json(HorizonTrend trend) {
    return Json.createObjectBuilder()
        .add("hoursAt", trend.hoursAt())
        .add("at", trend.at().toString())
        .add("doublingMonths", trend.doublingMonths())
        .add("from", trend.from().toString())
        .add("to", trend.to().toString())
        .add("points", trend.points());
  }

  private static String text(JsonObject body, String field) {
    if (!body.containsKey(field) || body.isNull(field)) {
      return null;
    }
    if (!(body.get(field) instanceof JsonString text)) {
      throw new IllegalArgumentException(field + " is a text.");
    }
    return text.getString();
  }

  private static Double number(JsonObject body, String field) {
    if (!body.containsKey(field) || body.isNull(field)) {
      return null;
    }
    if (!(body.get(field) instanceof JsonNumber number)) {
      throw new IllegalArgumentException(field + " is a number of hours.");
    }
    return number.doubleValue();
  }
}
