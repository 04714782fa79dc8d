package org.tacit.domain.model.inventory.imports;

import java.util.regex.Pattern;
import org.tacit.domain.model.inventory.CellReading;
import org.tacit.domain.model.inventory.NumberRange;
import org.tacit.domain.model.inventory.TaskFact;
import org.tacit.text.Sentence;

/**
 * The cells of one row read as text or numbers, each bad cell reported once under its own column.
 * Every cell is trimmed and loses the quote an export put before formula-like text (see {@link
 * SpreadsheetText}); nothing is ever evaluated.
 */
final class RowCells {

  /** Longer than a page of text is not an answer but a pasted document. */
  static final int MAX_CELL_LENGTH = 2000;

  private static final Pattern ONET_SOC = Pattern.compile("\\d\\d-\\d\\d\\d\\d\\.\\d\\d");

  private final InventoryRow row;
  private final Problems problems;

  RowCells(InventoryRow row, Problems problems) {
    this.row = row;
    this.problems = problems;
  }

  int row() {
    return row.number();
  }

  /** The text of a cell, or null when blank or too long to be an answer (reported). */
  String text(String column) {
    String text = SpreadsheetText.restore(row.cell(column).strip());
    if (text.length() > MAX_CELL_LENGTH) {
      report(column, ImportProblem.saying("cellTooLong", column, text.length(), MAX_CELL_LENGTH));
      return null;
    }
    return text.isEmpty() ? null : text;
  }

  /** Like {@link #text}, but blank is a problem: a task row must say whose task it is. */
  String required(String column) {
    String text = text(column);
    if (text == null && row.cell(column).strip().length() <= MAX_CELL_LENGTH) {
      report(column, ImportProblem.saying("empty", column));
    }
    return text;
  }

  CellReading number(String column, NumberRange range) {
    return reported(column, range.read(column, text(column)));
  }

  CellReading fact(TaskFact fact) {
    return reported(fact.column(), fact.read(text(fact.column())));
  }

  String onetSoc(String column) {
    String code = text(column);
    if (code != null && !ONET_SOC.matcher(code).matches()) {
      report(column, ImportProblem.saying("onetSoc", column, code));
      return null;
    }
    return code;
  }

  void report(String column, Sentence sentence) {
    problems.add(row.number(), column, sentence);
  }

  private CellReading reported(String column, CellReading reading) {
    if (reading.hasProblem()) {
      report(column, reading.problem());
    }
    return reading;
  }
}
