package org.tacit.domain.model.inventory.imports;

import static java.util.Objects.requireNonNull;

import java.util.Comparator;

/**
 * One thing a person must fix before the file can be imported, located as they see it in their
 * spreadsheet: the header is row 1, the first task is row 2. Row 0 means the whole file; an empty
 * column means the whole row.
 */
public record ImportProblem(int row, String column, String message) {

  public static final int WHOLE_FILE = 0;
  public static final int HEADER_ROW = 1;

  /** Problems in the order a person reads the file; problems of one row keep their order. */
  public static final Comparator<ImportProblem> IN_FILE_ORDER =
      Comparator.comparingInt(ImportProblem::row);

  public ImportProblem {
    if (row < 0) {
      throw new IllegalArgumentException("A row number is 0 (the whole file) or more.");
    }
    column = column == null ? "" : column;
    requireNonNull(message, "message");
  }

  public static ImportProblem ofFile(String message) {
    return new ImportProblem(WHOLE_FILE, "", message);
  }

  public static ImportProblem ofRow(int row, String message) {
    return new ImportProblem(row, "", message);
  }

  /** "row 7, column novelty: novelty must be ..." as a person would say it. */
  @Override
  public String toString() {
    if (row == WHOLE_FILE) {
      return "file: " + message;
    }
    return column.isEmpty()
        ? "row " + row + ": " + message
        : "row " + row + ", column " + column + ": " + message;
  }
}
