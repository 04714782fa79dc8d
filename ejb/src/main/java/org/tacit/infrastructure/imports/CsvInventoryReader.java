package org.tacit.infrastructure.imports;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Iterator;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.tacit.domain.model.inventory.imports.ImportProblem;
import org.tacit.domain.model.inventory.imports.ImportProgress;
import org.tacit.domain.model.inventory.imports.ImportResult;
import org.tacit.text.Sentence;

/**
 * Reads an inventory CSV one record at a time: RFC 4180 quoting (delimiters, quotes and line breaks
 * inside quoted cells), comma or semicolon. Blank lines are kept as records, so that record n is
 * spreadsheet row n even when quoted cells span lines. A file that cannot be parsed from some row
 * on is a problem at that row, never an exception.
 */
public final class CsvInventoryReader {

  /** The header line is read twice (to choose the delimiter, then to parse): this much of it. */
  private static final int HEADER_PEEK_CHARS = 1 << 20;

  private static final Sentence NOT_UTF8 = ImportProblem.saying("notUtf8");

  public ImportResult read(Path file, ImportLimits limits) {
    return read(file, limits, ImportProgress.NONE);
  }

  public ImportResult read(Path file, ImportLimits limits, ImportProgress progress) {
    RowFeed feed = new RowFeed(limits, progress);
    try (BufferedReader text = Utf8Text.open(file)) {
      char delimiter = CsvDelimiter.of(peekHeaderLine(text));
      CSVFormat format = CSVFormat.RFC4180.builder().setDelimiter(delimiter).get();
      try (CSVParser parser = CSVParser.parse(text, format)) {
        feedRecords(parser, feed);
      }
    } catch (IOException | UncheckedIOException e) {
      feed.fail(
          ImportProblem.ofFile(
              Utf8Text.isEncodingError(e)
                  ? NOT_UTF8
                  : ImportProblem.saying("unreadableCsv", e.getMessage())));
    }
    return feed.result();
  }

  private static void feedRecords(CSVParser parser, RowFeed feed) {
    Iterator<CSVRecord> records = parser.iterator();
    try {
      while (records.hasNext()) {
        CSVRecord record = records.next();
        if (!feed.accept(Math.toIntExact(record.getRecordNumber()), record.toList())) {
          return;
        }
      }
    } catch (UncheckedIOException | IllegalStateException e) {
      // Text is decoded ahead of parsing, so a bad byte cannot be pinned to a row; bad quoting can.
      int row = Math.toIntExact(parser.getRecordNumber() + 1);
      feed.fail(
          Utf8Text.isEncodingError(e)
              ? ImportProblem.ofFile(NOT_UTF8)
              : ImportProblem.ofRow(row, badQuoting(e)));
    }
  }

  /** The first non-blank line, leaving the reader where it was. */
  private static String peekHeaderLine(BufferedReader text) throws IOException {
    text.mark(HEADER_PEEK_CHARS);
    String line = text.readLine();
    while (line != null && line.isBlank()) {
      line = text.readLine();
    }
    text.reset();
    return line == null ? "" : line;
  }

  private static Sentence badQuoting(RuntimeException e) {
    String cause = e.getCause() != null ? e.getCause().getMessage() : e.getMessage();
    return ImportProblem.saying("badQuoting", cause);
  }
}
