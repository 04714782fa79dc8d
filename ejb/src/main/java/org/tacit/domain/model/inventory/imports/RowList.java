package org.tacit.domain.model.inventory.imports;

import java.util.ArrayList;
import java.util.List;
import org.tacit.text.Sentence;

/** Rows as a person reads them in a message: "2–4, 7", and sentences listed one after another. */
final class RowList {

  private RowList() {}

  /** Rows in file order, runs of neighbours shortened to their first and last: "2–4, 7". */
  static String of(List<Integer> rows) {
    List<String> parts = new ArrayList<>();
    int i = 0;
    while (i < rows.size()) {
      int j = i;
      while (j + 1 < rows.size() && rows.get(j + 1) == rows.get(j) + 1) {
        j++;
      }
      parts.add(i == j ? "" + rows.get(i) : rows.get(i) + "–" + rows.get(j));
      i = j + 1;
    }
    return String.join(", ", parts);
  }

  /** The sentences one after another, separated as the reader's language separates a list. */
  static Sentence listing(List<Sentence> items) {
    Sentence list = items.get(0);
    for (Sentence next : items.subList(1, items.size())) {
      list = ImportProblem.saying("listed", list, next);
    }
    return list;
  }
}
