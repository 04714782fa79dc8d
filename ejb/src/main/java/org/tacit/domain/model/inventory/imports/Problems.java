package org.tacit.domain.model.inventory.imports;

import java.util.ArrayList;
import java.util.List;
import org.tacit.text.Sentence;

/** The problems found so far. Checking goes on after each one: a person wants the whole list. */
final class Problems {

  private final List<ImportProblem> found = new ArrayList<>();

  void add(int row, String column, Sentence sentence) {
    found.add(new ImportProblem(row, column, sentence));
  }

  void addAll(List<ImportProblem> problems) {
    found.addAll(problems);
  }

  boolean isEmpty() {
    return found.isEmpty();
  }

  List<ImportProblem> list() {
    return List.copyOf(found);
  }
}
