package org.tacit.infrastructure.imports;

import org.tacit.domain.model.inventory.imports.ImportProblem;

/**
 * What a workbook may unpack to, besides the file size and row limits of {@link ImportLimits}. An
 * XLSX file is a ZIP of XML parts, and 50 MiB of ZIP can unpack to terabytes: these limits keep a
 * crafted workbook (a "zip bomb", or millions of distinct texts) from exhausting the server's
 * memory or disk, and answer it with one clear problem.
 *
 * @param maxParts most entries the archive may hold
 * @param maxPartBytes largest a part other than a worksheet or the shared texts may unpack to;
 *     those parts (styles, relationships, workbook, properties) are read whole into memory
 * @param maxSharedStrings most distinct texts the workbook's shared-strings part may hold
 * @param maxSharedStringChars most characters all distinct texts together may hold (they are kept
 *     in a temporary file, not in memory)
 * @param maxCellChars most characters one cell may hold
 */
public record XlsxLimits(
    int maxParts,
    long maxPartBytes,
    int maxSharedStrings,
    long maxSharedStringChars,
    int maxCellChars) {

  private static final long MIB = 1024 * 1024;

  /**
   * No part may unpack to more than 100 times its packed size (POI's default, now set on purpose):
   * real worksheets pack 5 to 20 times, a zip bomb thousands of times.
   */
  static final double MIN_INFLATE_RATIO = 0.01;

  /**
   * No part at all may unpack to more than this, worksheets included (200,000 rows fit well
   * within).
   */
  static final long MAX_ENTRY_BYTES = 512 * MIB;

  /** The most characters Excel itself puts in a cell. */
  private static final int EXCEL_CELL_CHARS = 32_767;

  public XlsxLimits {
    if (maxParts <= 0
        || maxPartBytes <= 0
        || maxSharedStrings <= 0
        || maxSharedStringChars <= 0
        || maxCellChars <= 0) {
      throw new IllegalArgumentException("Workbook limits are positive.");
    }
    if (maxSharedStringChars > Integer.MAX_VALUE / 4) {
      throw new IllegalArgumentException(
          "The shared texts' limit must leave their spool file under 2 GiB.");
    }
  }

  /**
   * 1,000 parts (POI's own limit), 16 MiB per part read whole, 2,000,000 distinct texts of together
   * 128 Mi characters, 65,536 characters per cell (Excel itself stops at 32,767).
   */
  public static XlsxLimits defaults() {
    return new XlsxLimits(1_000, 16 * MIB, 2_000_000, 128 * MIB, 65_536);
  }

  static ImportProblem unpacksTooFar() {
    return refused(
        "unpacksTooFar", Math.round(1 / MIN_INFLATE_RATIO), ImportLimits.size(MAX_ENTRY_BYTES));
  }

  ImportProblem tooManyParts() {
    return refused("tooManyParts", maxParts);
  }

  ImportProblem partTooLarge(String part) {
    return refused("partTooLarge", part, ImportLimits.size(maxPartBytes));
  }

  ImportProblem tooManySharedStrings() {
    return refused("tooManyTexts", maxSharedStrings);
  }

  ImportProblem tooMuchSharedText() {
    return refused("tooMuchText", maxSharedStringChars);
  }

  ImportProblem cellTooLong() {
    return refused("cellTooLongInWorkbook", maxCellChars, EXCEL_CELL_CHARS);
  }

  private static ImportProblem refused(String key, Object... arguments) {
    return ImportProblem.ofFile(ImportProblem.saying(key, arguments));
  }
}
