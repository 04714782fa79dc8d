package org.tacit.infrastructure.exports;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.tacit.domain.model.inventory.imports.SpreadsheetText;

/**
 * UTF-8 with a byte-order mark, so that Excel opens accents and other scripts correctly; comma
 * separated and quoted where needed, as RFC 4180 says.
 */
final class CsvTableWriter implements TableWriter {

  private final CSVPrinter printer;

  CsvTableWriter(OutputStream out) throws IOException {
    OutputStreamWriter writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
    writer.write('\uFEFF');
    printer = new CSVPrinter(writer, CSVFormat.RFC4180);
  }

  @Override
  public void row(List<String> cells) throws IOException {
    printer.printRecord(cells.stream().map(SpreadsheetText::neutralise).toList());
  }

  @Override
  public void close() throws IOException {
    printer.close(true);
  }
}
