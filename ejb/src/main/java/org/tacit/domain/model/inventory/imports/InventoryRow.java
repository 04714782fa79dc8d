package org.tacit.domain.model.inventory.imports;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * One data row of an inventory file, as its cells' raw text by column name, whatever the format.
 * Cells under no named column are only counted: they are always a mistake, and they have no name to
 * be reported under.
 *
 * @param number the row as the spreadsheet numbers it (the header is row 1)
 * @param cells raw cell text by normalised column name
 * @param strayCells non-blank cells that lie outside the named columns
 */
public record InventoryRow(int number, Map<String, String> cells, int strayCells) {

  public InventoryRow {
    cells = Map.copyOf(cells);
  }

  /** Pairs the values with the header's names; missing trailing values are blank. */
  public static InventoryRow of(int number, List<String> header, List<String> values) {
    Map<String, String> cells = new HashMap<>();
    int stray = 0;
    for (int i = 0; i < values.size(); i++) {
      String value = values.get(i) == null ? "" : values.get(i);
      String name = i < header.size() ? InventoryHeader.normalise(header.get(i)) : "";
      if (!name.isEmpty()) {
        cells.putIfAbsent(name, value);
      } else if (!value.isBlank()) {
        stray++;
      }
    }
    return new InventoryRow(number, cells, stray);
  }

  /** The raw text of a cell; blank when the row has no such cell. */
  public String cell(String column) {
    return cells.getOrDefault(column, "");
  }

  /** Spreadsheets are full of rows that only look used; those are skipped, not reported. */
  public boolean isBlank() {
    return strayCells == 0 && cells.values().stream().allMatch(String::isBlank);
  }
}
