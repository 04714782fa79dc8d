package org.tacit.web.output;

import jakarta.json.JsonStructure;

/**
 * JSON that is safe to place inside an HTML {@code <script>} element, as PrimeFaces does with a
 * chart's configuration. JSON escapes quotes and backslashes but not {@code <}: a task statement
 * containing {@code </script>} would end the script and start the attacker's. Outside strings valid
 * JSON never contains {@code < > & '} or U+2028/U+2029, so escaping them everywhere as {@code
 * \}{@code uXXXX} changes no value, only how it is spelled; U+2028/U+2029 end a line in older
 * JavaScript engines.
 */
public final class ScriptJson {

  private ScriptJson() {}

  public static String of(JsonStructure json) {
    return escape(json.toString());
  }

  /** {@code json} must be JSON text; its meaning stays the same. */
  public static String escape(String json) {
    StringBuilder safe = null;
    for (int i = 0; i < json.length(); i++) {
      char c = json.charAt(i);
      String replacement =
          switch (c) {
            case '<' -> "\\u003c";
            case '>' -> "\\u003e";
            case '&' -> "\\u0026";
            case '\'' -> "\\u0027";
            case '\u2028' -> "\\u2028";
            case '\u2029' -> "\\u2029";
            default -> null;
          };
      if (replacement != null && safe == null) {
        safe = new StringBuilder(json.length() + 32).append(json, 0, i);
      }
      if (safe != null) {
        if (replacement != null) {
          safe.append(replacement);
        } else {
          safe.append(c);
        }
      }
    }
    return safe == null ? json : safe.toString();
  }
}
