package org.tacit.infrastructure.imports;

import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler.SheetContentsHandler;
import org.apache.poi.xssf.usermodel.XSSFComment;

/**
 * Collects the cells of each sheet row as POI's event parser reports them, and hands each finished
 * row to the feed. Cells a sheet leaves out are blank; the row number is the sheet's own, so that
 * problems point at the row the person sees even when the sheet skips rows.
 */
final class SheetRows implements SheetContentsHandler {

  /** Ends parsing early once the row limit is reached; it carries no stack, it is not an error. */
  static final class Stop extends RuntimeException {
    private static final long serialVersionUID = 1L;

    Stop() {
      super(null, null, false, false);
    }
  }

  private final RowFeed feed;
  private final List<String> cells = new ArrayList<>();
  private int nextColumn;

  SheetRows(RowFeed feed) {
    this.feed = feed;
  }

  @Override
  public void startRow(int rowIndex) {
    cells.clear();
    nextColumn = 0;
  }

  @Override
  public void cell(String reference, String value, XSSFComment comment) {
    // Some writers leave out cell references; their cells follow one another.
    int column = reference == null ? nextColumn : new CellReference(reference).getCol();
    while (cells.size() <= column) {
      cells.add("");
    }
    cells.set(column, value == null ? "" : value);
    nextColumn = column + 1;
  }

  @Override
  public void endRow(int rowIndex) {
    if (!feed.accept(rowIndex + 1, cells)) {
      throw new Stop();
    }
  }
}
