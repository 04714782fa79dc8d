package org.tacit.infrastructure.exports;

import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import org.tacit.domain.report.ExportFormat;

/** Writes a table row by row, so an export of a whole organisation never sits in memory at once. */
public interface TableWriter extends Closeable {

  void row(List<String> cells) throws IOException;

  static TableWriter of(ExportFormat format, OutputStream out) throws IOException {
    return format == ExportFormat.CSV ? new CsvTableWriter(out) : new XlsxTableWriter(out);
  }
}
