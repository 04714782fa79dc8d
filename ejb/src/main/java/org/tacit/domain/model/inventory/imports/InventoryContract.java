package org.tacit.domain.model.inventory.imports;

import java.util.Iterator;
import java.util.List;

/**
 * The inventory import contract of the method, for rows from any file format: required and optional
 * columns, the scale of each value, and what the rows of one role or department must agree on. A
 * file with any problem imports nothing, so the answer is a draft or all the problems.
 */
public final class InventoryContract {

  private InventoryContract() {}

  /** Checks rows that are already at hand; readers that stream use {@link #begin}. */
  public static ImportResult validate(List<String> header, Iterator<InventoryRow> rows) {
    InventoryValidation validation = begin(ImportProblem.HEADER_ROW, header);
    rows.forEachRemaining(validation::accept);
    return validation.result();
  }

  /**
   * @param headerRow where the header is: row 1, unless the file starts with blank rows
   */
  public static InventoryValidation begin(int headerRow, List<String> header) {
    return new InventoryValidation(headerRow, header);
  }
}
