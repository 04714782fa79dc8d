package org.tacit.domain.model.inventory.imports;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * An inventory file written inline in a test: cells split by {@code |}, the header is row 1 and the
 * rows that follow are rows 2, 3, and so on, as in a spreadsheet.
 */
final class Sheet {

  private Sheet() {}

  static ImportResult validate(String header, String... rows) {
    List<String> names = cells(header);
    List<InventoryRow> data = new ArrayList<>();
    for (int i = 0; i < rows.length; i++) {
      data.add(InventoryRow.of(i + 2, names, cells(rows[i])));
    }
    return InventoryContract.validate(names, data.iterator());
  }

  static InventoryDraft draftOf(String header, String... rows) {
    ImportResult result = validate(header, rows);
    return result.draft().orElseThrow(() -> new AssertionError("expected a valid file: " + result));
  }

  static List<ImportProblem> problemsOf(String header, String... rows) {
    return validate(header, rows).problems();
  }

  private static List<String> cells(String line) {
    return Arrays.asList(line.split("\\|", -1));
  }
}
