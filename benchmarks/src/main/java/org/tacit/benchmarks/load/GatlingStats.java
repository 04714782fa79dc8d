package org.tacit.benchmarks.load;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;

/**
 * Gatling 3.13's report keeps its figures in {@code js/stats.js}: {@code var stats = {...}}, a
 * JavaScript object whose outer keys are not quoted, followed by the report's own functions. This
 * reads that object as JSON (the layout {@link RequestFigures} reads).
 */
final class GatlingStats {

  private GatlingStats() {}

  static JsonObject parse(String statsJs) {
    int start = statsJs.indexOf('{', statsJs.indexOf("var stats"));
    if (start < 0) {
      throw new IllegalArgumentException("No \"var stats = {\" in Gatling's stats.js");
    }
    String object = statsJs.substring(start, end(statsJs, start));
    String json = object.replaceAll("(?m)^(\\s*)([A-Za-z_]\\w*)\\s*:", "$1\"$2\":");
    try (var reader = Json.createReader(new StringReader(json))) {
      return reader.readObject();
    }
  }

  /** Just past the brace that closes the one at {@code open}, strings skipped. */
  private static int end(String text, int open) {
    int depth = 0;
    boolean inString = false;
    for (int i = open; i < text.length(); i++) {
      char c = text.charAt(i);
      if (inString) {
        if (c == '\\') {
          i++;
        } else if (c == '"') {
          inString = false;
        }
      } else if (c == '"') {
        inString = true;
      } else if (c == '{') {
        depth++;
      } else if (c == '}' && --depth == 0) {
        return i + 1;
      }
    }
    throw new IllegalArgumentException("Gatling's stats object is not closed");
  }
}
