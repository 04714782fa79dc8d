package org.tacit.infrastructure.imports;

import org.tacit.domain.model.inventory.imports.ImportProblem;
import org.tacit.text.Sentence;

/**
 * How large an inventory file may be. The limits protect the server, not the method: a file over
 * them is refused with one clear problem before any of it is parsed.
 *
 * @param maxFileBytes largest file accepted, in bytes
 * @param maxRows most task rows accepted (blank rows do not count)
 */
public record ImportLimits(long maxFileBytes, int maxRows) {

  private static final long KIB = 1024;
  private static final long MIB = KIB * KIB;

  public ImportLimits {
    if (maxFileBytes <= 0 || maxRows <= 0) {
      throw new IllegalArgumentException("Import limits are positive.");
    }
  }

  /** 50 MiB and 200,000 rows: many times the largest organisation's inventory. */
  public static ImportLimits defaults() {
    return new ImportLimits(50 * MIB, 200_000);
  }

  /** "The file is 73 MiB; the limit is 50 MiB." */
  public ImportProblem fileTooLarge(long fileBytes) {
    return ImportProblem.ofFile(
        ImportProblem.saying("fileTooLarge", size(fileBytes), size(maxFileBytes)));
  }

  public ImportProblem tooManyRows() {
    return ImportProblem.ofFile(ImportProblem.saying("tooManyRows", maxRows));
  }

  /** Rounded up, so that a file just over the limit never reads as being at the limit. */
  static Sentence size(long bytes) {
    if (bytes >= MIB) {
      return ImportProblem.saying("size.mib", ceilDiv(bytes, MIB));
    }
    return bytes >= KIB
        ? ImportProblem.saying("size.kib", ceilDiv(bytes, KIB))
        : ImportProblem.saying("size.bytes", bytes);
  }

  private static long ceilDiv(long dividend, long divisor) {
    return (dividend + divisor - 1) / divisor;
  }
}
