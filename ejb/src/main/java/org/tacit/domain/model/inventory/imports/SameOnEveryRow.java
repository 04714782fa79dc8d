package org.tacit.domain.model.inventory.imports;

import java.math.BigDecimal;

/**
 * An attribute of a role that the file repeats on each of the role's rows. The copies must agree,
 * or the import would depend on row order. A blank copy agrees with anything, so a file may give
 * the attribute on the role's first row only.
 */
final class SameOnEveryRow<T> {

  private final String column;
  private final String noun;
  private T value;
  private int firstRow;

  SameOnEveryRow(String column, String noun) {
    this.column = column;
    this.noun = noun;
  }

  void check(int row, T candidate, String roleLabel, Problems problems) {
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
          "Role "
              + roleLabel
              + " has "
              + noun
              + " "
              + shown(value)
              + " on row "
              + firstRow
              + ", not "
              + shown(candidate)
              + "; a role has one "
              + noun
              + ".");
    }
  }

  T value() {
    return value;
  }

  private static String shown(Object value) {
    return value instanceof BigDecimal number ? number.toPlainString() : "'" + value + "'";
  }
}
