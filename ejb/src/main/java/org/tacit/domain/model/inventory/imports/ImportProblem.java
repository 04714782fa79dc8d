package org.tacit.domain.model.inventory.imports;

import static java.util.Objects.requireNonNull;

import java.io.Serializable;
import java.util.Comparator;
import java.util.Objects;
import org.tacit.text.Sentence;
import org.tacit.text.Worded;

/**
 * One thing a person must fix before the file can be imported, located as they see it in their
 * spreadsheet: the header is row 1, the first task is row 2. Row 0 means the whole file; an empty
 * column means the whole row. What is wrong is a sentence of the bundle ({@code import.problem.*}):
 * the Inventory page says it in the reader's language, the API and logs read its English {@link
 * #message()}. Column names are the file's own headers in every language.
 *
 * <p>Two problems are equal when they point at the same place and say the same in English, however
 * they were put together.
 */
public final class ImportProblem implements Worded, Serializable {

  private static final long serialVersionUID = 1L;

  public static final int WHOLE_FILE = 0;
  public static final int HEADER_ROW = 1;

  /** Problems in the order a person reads the file; problems of one row keep their order. */
  public static final Comparator<ImportProblem> IN_FILE_ORDER =
      Comparator.comparingInt(ImportProblem::row);

  private final int row;
  private final String column;
  private final Sentence sentence;

  public ImportProblem(int row, String column, Sentence sentence) {
    if (row < 0) {
      throw new IllegalArgumentException("A row number is 0 (the whole file) or more.");
    }
    this.row = row;
    this.column = column == null ? "" : column;
    this.sentence = requireNonNull(sentence, "sentence");
  }

  /**
   * A problem whose words come from outside the bundle, shown as they are in every language. The
   * import's own problems are all sentences; this serves a test that states the English it expects.
   */
  public ImportProblem(int row, String column, String message) {
    this(row, column, Sentence.of("import.problem.asSaid", requireNonNull(message, "message")));
  }

  public static ImportProblem ofFile(Sentence sentence) {
    return new ImportProblem(WHOLE_FILE, "", sentence);
  }

  public static ImportProblem ofRow(int row, Sentence sentence) {
    return new ImportProblem(row, "", sentence);
  }

  /** See {@link #ImportProblem(int, String, String)}. */
  public static ImportProblem ofFile(String message) {
    return new ImportProblem(WHOLE_FILE, "", message);
  }

  /** See {@link #ImportProblem(int, String, String)}. */
  public static ImportProblem ofRow(int row, String message) {
    return new ImportProblem(row, "", message);
  }

  /** A sentence of {@code import.problem.}{@code key}. */
  public static Sentence saying(String key, Object... arguments) {
    return Sentence.of("import.problem." + key, arguments);
  }

  public int row() {
    return row;
  }

  public String column() {
    return column;
  }

  @Override
  public Sentence sentence() {
    return sentence;
  }

  /** What is wrong, in English: as the API and logs say it. */
  public String message() {
    return sentence.inEnglish();
  }

  /** The API's JSON reads a problem by its properties: row, column and the English message. */
  public int getRow() {
    return row;
  }

  /** See {@link #getRow()}. */
  public String getColumn() {
    return column;
  }

  /** See {@link #getRow()}. */
  public String getMessage() {
    return message();
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof ImportProblem that
        && row == that.row
        && column.equals(that.column)
        && message().equals(that.message());
  }

  @Override
  public int hashCode() {
    return Objects.hash(row, column, message());
  }

  /** "row 7, column novelty: novelty must be ..." as a person would say it. */
  @Override
  public String toString() {
    if (row == WHOLE_FILE) {
      return "file: " + message();
    }
    return column.isEmpty()
        ? "row " + row + ": " + message()
        : "row " + row + ", column " + column + ": " + message();
  }
}
