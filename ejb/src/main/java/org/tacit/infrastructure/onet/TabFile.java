package org.tacit.infrastructure.onet;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.math.BigDecimal;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.tacit.text.Sentence;

/**
 * One O*NET text file: UTF-8, tab-separated, a header row naming the columns, one record a line,
 * read a line at a time. Columns are found by their header name, so a release that adds a column
 * still reads; one that lacks a needed column is refused at the header, before any record. A line
 * longer than {@link ReleaseLimits#maxLineChars()} is refused rather than read into memory.
 */
final class TabFile implements Closeable {

  private final String name;
  private final Lines lines;
  private final Map<String, Integer> columns = new HashMap<>();

  private TabFile(String name, InputStream in, ReleaseLimits limits) {
    this.name = name;
    this.lines =
        new Lines(
            new InputStreamReader(
                in,
                UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)),
            name,
            limits);
  }

  /** Reads every record of the file, which must have at least the {@code needed} columns. */
  static void read(String name, InputStream in, List<String> needed, Consumer<Row> records)
      throws IOException {
    read(name, in, needed, records, ReleaseLimits.defaults());
  }

  /** Reads every record, refusing a line longer than the limits allow. */
  static void read(
      String name, InputStream in, List<String> needed, Consumer<Row> records, ReleaseLimits limits)
      throws IOException {
    try (TabFile file = new TabFile(name, in, limits).header(needed)) {
      file.forEach(records);
    } catch (CharacterCodingException e) {
      throw OnetReleaseException.saying("notUtf8", name);
    }
  }

  private TabFile header(List<String> needed) throws IOException {
    String header = Optional.ofNullable(lines.next()).orElse("").replace("\uFEFF", "");
    String[] names = header.split("\t", -1);
    for (int i = 0; i < names.length; i++) {
      columns.put(names[i].strip(), i);
    }
    List<String> missing = needed.stream().filter(column -> !columns.containsKey(column)).toList();
    if (!missing.isEmpty()) {
      throw OnetReleaseException.saying(
          "header", name, missing.size(), String.join(", ", missing), cut(header));
    }
    return this;
  }

  private void forEach(Consumer<Row> records) throws IOException {
    int number = 1;
    for (String line = lines.next(); line != null; line = lines.next()) {
      number++;
      if (!line.isBlank()) {
        records.accept(new Row(number, line.split("\t", -1)));
      }
    }
  }

  @Override
  public void close() throws IOException {
    lines.close();
  }

  private static String cut(String text) {
    return text.length() <= 120 ? text : text.substring(0, 120) + "…";
  }

  /** One record, read by column name; "n/a" and blanks are unknown. */
  final class Row {
    private final int line;
    private final String[] fields;

    private Row(int line, String[] fields) {
      this.line = line;
      this.fields = fields;
    }

    String text(String column) {
      int index = columns.get(column);
      if (index >= fields.length) {
        throw problem("fewerFields", fields.length, columns.size());
      }
      return fields[index].strip();
    }

    String code() {
      String code = text("O*NET-SOC Code");
      if (!code.matches("\\d\\d-\\d\\d\\d\\d\\.\\d\\d")) {
        throw problem("code", cut(code));
      }
      return code;
    }

    Optional<BigDecimal> number(String column) {
      String value = text(column);
      if (value.isEmpty() || value.equalsIgnoreCase("n/a")) {
        return Optional.empty();
      }
      try {
        return Optional.of(new BigDecimal(value));
      } catch (NumberFormatException e) {
        throw problem("notNumber", cut(value), column);
      }
    }

    int whole(String column) {
      return number(column)
          .filter(n -> n.stripTrailingZeros().scale() <= 0)
          .map(BigDecimal::intValueExact)
          .orElseThrow(() -> problem("notWhole", cut(text(column)), column));
    }

    /** What is wrong with this line, as the bundle words it under {@code refused.onet.<key>}. */
    OnetReleaseException problem(String key, Object... facts) {
      return OnetReleaseException.saying(
          "line", name, String.valueOf(line), Sentence.of("refused.onet." + key, facts));
    }

    @Override
    public String toString() {
      return name + ":" + line + " " + Arrays.toString(fields);
    }
  }
}
