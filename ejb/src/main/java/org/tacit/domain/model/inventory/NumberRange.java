package org.tacit.domain.model.inventory;

import java.math.BigDecimal;
import org.tacit.text.Sentence;

/**
 * The numbers a column accepts, with the wording that tells a person what to type instead. The
 * wording is part of the range so that every rejected cell is explained the same way.
 */
public final class NumberRange {

  private static final int QUOTED_CELL_LIMIT = 40;

  private final BigDecimal min;
  private final boolean minIncluded;
  private final BigDecimal max;
  private final boolean wholeOnly;
  private final Sentence wording;

  private NumberRange(
      BigDecimal min, boolean minIncluded, BigDecimal max, boolean wholeOnly, Sentence wording) {
    this.min = min;
    this.minIncluded = minIncluded;
    this.max = max;
    this.wholeOnly = wholeOnly;
    this.wording = wording;
  }

  /** A rubric level such as 1 to 5. */
  public static NumberRange wholeFromTo(int min, int max) {
    return new NumberRange(
        BigDecimal.valueOf(min),
        true,
        BigDecimal.valueOf(max),
        true,
        range("wholeFromTo", min, max));
  }

  public static NumberRange fromTo(int min, int max) {
    return new NumberRange(
        BigDecimal.valueOf(min), true, BigDecimal.valueOf(max), false, range("fromTo", min, max));
  }

  public static NumberRange atLeast(int min) {
    return new NumberRange(BigDecimal.valueOf(min), true, null, false, range("atLeast", min));
  }

  /** For amounts that cannot be zero, such as the length of a task. */
  public static NumberRange aboveUpTo(int min, int max) {
    return new NumberRange(
        BigDecimal.valueOf(min),
        false,
        BigDecimal.valueOf(max),
        false,
        range("aboveUpTo", min, max));
  }

  /** Reads a cell of the named column; blank is unknown, not zero. */
  public CellReading read(String column, String cell) {
    if (cell == null || cell.isBlank()) {
      return CellReading.blank();
    }
    return SpreadsheetNumber.parse(cell)
        .filter(this::contains)
        .map(CellReading::of)
        .orElseGet(
            () ->
                CellReading.problem(
                    Sentence.of("import.problem.outOfRange", column, wording, quote(cell))));
  }

  public boolean contains(BigDecimal value) {
    int fromMin = value.compareTo(min);
    boolean aboveMin = minIncluded ? fromMin >= 0 : fromMin > 0;
    boolean belowMax = max == null || value.compareTo(max) <= 0;
    boolean whole = !wholeOnly || SpreadsheetNumber.normalise(value).scale() == 0;
    return aboveMin && belowMax && whole;
  }

  public boolean isWholeOnly() {
    return wholeOnly;
  }

  @Override
  public String toString() {
    return wording.inEnglish();
  }

  private static Sentence range(String kind, Object... bounds) {
    return Sentence.of("import.problem.range." + kind, bounds);
  }

  private static String quote(String cell) {
    String trimmed = cell.strip();
    return trimmed.length() <= QUOTED_CELL_LIMIT
        ? trimmed
        : trimmed.substring(0, QUOTED_CELL_LIMIT) + "…";
  }
}
