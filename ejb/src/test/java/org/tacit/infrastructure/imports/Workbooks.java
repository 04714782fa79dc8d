package org.tacit.infrastructure.imports;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * XLSX test files, written with POI's full workbook API as a spreadsheet program would write them.
 * Cells are given as text: a number where the text is a plain number, a string otherwise.
 */
final class Workbooks {

  private Workbooks() {}

  static Path write(Path file, XSSFWorkbook workbook) throws IOException {
    try (workbook;
        OutputStream out = Files.newOutputStream(file)) {
      workbook.write(out);
    }
    return file;
  }

  /** A workbook whose first sheet holds the rows, from row 1, cells split by {@code |}. */
  static XSSFWorkbook of(String... rows) {
    XSSFWorkbook workbook = new XSSFWorkbook();
    Sheet sheet = workbook.createSheet("Inventory");
    for (int r = 0; r < rows.length; r++) {
      Row row = sheet.createRow(r);
      String[] cells = rows[r].split("\\|", -1);
      for (int c = 0; c < cells.length; c++) {
        if (cells[c].matches("-?\\d+(\\.\\d+)?")) {
          row.createCell(c).setCellValue(Double.parseDouble(cells[c]));
        } else if (!cells[c].isEmpty()) {
          row.createCell(c).setCellValue(cells[c]);
        }
      }
    }
    return workbook;
  }
}
