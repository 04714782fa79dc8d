package org.tacit.web.output;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonBuilderFactory;
import jakarta.json.JsonObjectBuilder;
import java.util.Map;

/**
 * JSON builders for the pages' charts, from a JSON provider found once. {@code
 * Json.createObjectBuilder()} looks the provider up on every call (a service-loader scan); for the
 * Assessment page's quadrant of a 5,000-task department that lookup was most of the page's time
 * under load (issue 15).
 */
public final class JsonBuilders {

  private static final JsonBuilderFactory BUILDERS = Json.createBuilderFactory(Map.of());

  private JsonBuilders() {}

  public static JsonObjectBuilder object() {
    return BUILDERS.createObjectBuilder();
  }

  public static JsonArrayBuilder array() {
    return BUILDERS.createArrayBuilder();
  }
}
