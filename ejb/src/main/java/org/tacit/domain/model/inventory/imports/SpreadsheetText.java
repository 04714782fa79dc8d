package org.tacit.domain.model.inventory.imports;

import java.util.regex.Pattern;

/**
 * Cells that a spreadsheet program would run as a formula ({@code =}, {@code +}, {@code -},
 * {@code @}, tab, carriage return first). Tacit never evaluates them: on import they are plain
 * text, and on export they are neutralised with a leading single quote so that opening the export
 * cannot run anything ("CSV injection").
 *
 * <p>Export then import gives back the same text, without ambiguity, because the quote rule also
 * covers text that already looks neutralised: any run of leading quotes followed by a formula
 * character gets one more quote on export, and import takes exactly one away. So {@code =A1}
 * exports as {@code '=A1}, and text that really is {@code '=A1} exports as {@code ''=A1}; text such
 * as {@code 'tis} or {@code '5} has no formula character after its quotes and is never changed
 * either way.
 */
public final class SpreadsheetText {

  private static final Pattern FORMULA_START = Pattern.compile("[=+\\-@\\t\\r].*", Pattern.DOTALL);
  private static final Pattern NEEDS_QUOTE = Pattern.compile("'*[=+\\-@\\t\\r].*", Pattern.DOTALL);

  private SpreadsheetText() {}

  /** True when a spreadsheet program would take the cell for a formula. */
  public static boolean isFormulaLike(String cell) {
    return FORMULA_START.matcher(cell).matches();
  }

  /** The cell as it must be written to a CSV or XLSX export. */
  public static String neutralise(String cell) {
    return NEEDS_QUOTE.matcher(cell).matches() ? "'" + cell : cell;
  }

  /** The inverse of {@link #neutralise}: what the cell said before it was exported. */
  public static String restore(String cell) {
    boolean neutralised = cell.startsWith("'") && NEEDS_QUOTE.matcher(cell.substring(1)).matches();
    return neutralised ? cell.substring(1) : cell;
  }
}
