package org.tacit.benchmarks.load;

import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;

/**
 * One request's (or group's) figures from Gatling's {@code js/stats.js}: how many, how many failed,
 * and the successful ones' median, 95th and 99th percentile and maximum in milliseconds. Gatling's
 * report is configured with its default percentiles (50, 75, 95, 99), which stats.js calls {@code
 * percentiles1} to {@code percentiles4}; a figure no request gave is written "-".
 */
public record RequestFigures(
    String name,
    boolean group,
    long count,
    long failed,
    OptionalLong median,
    OptionalLong p95,
    OptionalLong p99,
    OptionalLong max) {

  /** Every request and group of the run, depth first as Gatling lists them, the total first. */
  public static List<RequestFigures> of(JsonObject stats) {
    List<RequestFigures> all = new ArrayList<>();
    collect(stats, all);
    return all;
  }

  private static void collect(JsonObject node, List<RequestFigures> into) {
    JsonObject stats = node.getJsonObject("stats");
    into.add(
        new RequestFigures(
            stats.getString("name"),
            "GROUP".equals(node.getString("type", "")),
            count(stats, "total"),
            count(stats, "ko"),
            ok(stats, "percentiles1"),
            ok(stats, "percentiles3"),
            ok(stats, "percentiles4"),
            ok(stats, "maxResponseTime")));
    JsonObject contents = node.getJsonObject("contents");
    if (contents != null) {
      contents.values().forEach(child -> collect(child.asJsonObject(), into));
    }
  }

  private static long count(JsonObject stats, String which) {
    return number(stats.getJsonObject("numberOfRequests").get(which)).orElse(0);
  }

  private static OptionalLong ok(JsonObject stats, String figure) {
    return number(stats.getJsonObject(figure).get("ok"));
  }

  private static OptionalLong number(JsonValue value) {
    if (value instanceof jakarta.json.JsonNumber n) {
      return OptionalLong.of(n.longValue());
    }
    if (value instanceof JsonString s && s.getString().matches("\\d+")) {
      return OptionalLong.of(Long.parseLong(s.getString()));
    }
    return OptionalLong.empty();
  }
}
