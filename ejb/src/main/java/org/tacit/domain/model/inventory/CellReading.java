package org.tacit.domain.model.inventory;

import static java.util.Objects.requireNonNull;

import java.math.BigDecimal;
import java.util.Optional;
import org.tacit.text.Sentence;

/**
 * What one spreadsheet cell said: a number, nothing (blank means "unknown", which is allowed), or a
 * problem a person can fix, as a sentence of the bundle. Reading never throws, so that a whole file
 * can be checked at once.
 */
public record CellReading(BigDecimal value, Sentence problem) {

  private static final CellReading BLANK = new CellReading(null, null);

  public CellReading {
    if (value != null && problem != null) {
      throw new IllegalArgumentException("A reading is a value or a problem, not both.");
    }
  }

  public static CellReading blank() {
    return BLANK;
  }

  public static CellReading of(BigDecimal value) {
    return new CellReading(requireNonNull(value, "value"), null);
  }

  public static CellReading problem(Sentence problem) {
    return new CellReading(null, requireNonNull(problem, "problem"));
  }

  public boolean hasProblem() {
    return problem != null;
  }

  public Optional<BigDecimal> asOptional() {
    return Optional.ofNullable(value);
  }
}
