package org.tacit.domain.model.inventory.imports;

import org.tacit.text.Sentence;

/**
 * An attribute of a role that the file repeats on each of the role's rows. The copies must agree,
 * or the import would depend on row order. A blank copy agrees with anything, so a file may give
 * the attribute on the role's first row only.
 */
final class SameOnEveryRow<T> {

  private final String column;

  /** Which attribute, as its sentence's key says it ({@code import.problem.differs.*}). */
  private final String attribute;

  private T value;
  private int firstRow;

  SameOnEveryRow(String column, String attribute) {
    this.column = column;
    this.attribute = attribute;
  }

  void check(int row, T candidate, Sentence roleLabel, Problems problems) {
    if (candidate == null) {
      return;
    }
    if (value == null) {
      value = candidate;
      firstRow = row;
    } else if (!value.equals(candidate)) {
      problems.add(
          row,
          column,
          ImportProblem.saying("differs." + attribute, roleLabel, value, firstRow, candidate));
    }
  }

  T value() {
    return value;
  }

  /** The row that first gave the value; 0 when no row did. */
  int firstRow() {
    return firstRow;
  }
}
