package org.tacit.benchmarks;

import java.math.BigDecimal;

/**
 * A row in PostgreSQL's {@code COPY ... FROM STDIN} text format: columns separated by tabs, one
 * line per row, {@code \N} for null, and a backslash before every backslash, tab, newline and
 * carriage return inside a value (a task statement may hold any of them). The baseline writes its
 * rows through this, so it pays for encoding them as any client that streams rows must.
 */
final class CopyText {

  private CopyText() {}

  /** Appends one row, ending in a newline. */
  static void appendRow(StringBuilder out, Object[] values) {
    for (int i = 0; i < values.length; i++) {
      if (i > 0) {
        out.append('\t');
      }
      appendValue(out, values[i]);
    }
    out.append('\n');
  }

  static void appendValue(StringBuilder out, Object value) {
    if (value == null) {
      out.append("\\N");
    } else if (value instanceof Boolean yes) {
      out.append(yes ? 't' : 'f');
    } else if (value instanceof BigDecimal number) {
      out.append(number.toPlainString()); // the digits, never an exponent such as 1E+2
    } else {
      appendEscaped(out, value.toString()); // strings, whole numbers, OffsetDateTime in ISO form
    }
  }

  private static void appendEscaped(StringBuilder out, String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '\\' -> out.append("\\\\");
        case '\t' -> out.append("\\t");
        case '\n' -> out.append("\\n");
        case '\r' -> out.append("\\r");
        default -> out.append(c);
      }
    }
  }
}
