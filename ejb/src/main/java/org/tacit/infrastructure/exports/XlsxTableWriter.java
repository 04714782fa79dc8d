package org.tacit.infrastructure.exports;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.tacit.domain.model.inventory.imports.InventoryTable;
import org.tacit.domain.model.inventory.imports.SpreadsheetText;

/**
 * One sheet, streamed (only a window of rows in memory). Numeric columns hold number cells so that
 * people can sum them; everything else is a text cell, neutralised like the CSV, never a formula.
 */
final class XlsxTableWriter implements TableWriter {

  private final OutputStream out;
  private final SXSSFWorkbook workbook = new SXSSFWorkbook(200);
  private final Sheet sheet = workbook.createSheet("Inventory");
  private int next;
  private List<Boolean> numeric = List.of();

  XlsxTableWriter(OutputStream out) {
    this.out = out;
  }

  /** The first row is the header; it tells which columns are numbers. */
  @Override
  public void row(List<String> cells) {
    if (next == 0) {
      numeric = cells.stream().map(InventoryTable::isNumeric).toList();
    }
    Row row = sheet.createRow(next++);
    for (int i = 0; i < cells.size(); i++) {
      String value = cells.get(i);
      if (value == null || value.isEmpty()) {
        continue;
      }
      Cell cell = row.createCell(i);
      if (next > 1 && i < numeric.size() && numeric.get(i)) {
        cell.setCellValue(new BigDecimal(value).doubleValue());
      } else {
        cell.setCellValue(SpreadsheetText.neutralise(value));
      }
    }
  }

  @Override
  public void close() throws IOException {
    try {
      workbook.write(out);
      out.flush();
    } finally {
      workbook.close();
    }
  }
}
