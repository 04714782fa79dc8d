package org.tacit.infrastructure.imports;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.tacit.domain.model.inventory.imports.ImportProblem;
import org.tacit.domain.model.inventory.imports.ImportProgress;
import org.tacit.domain.model.inventory.imports.ImportResult;

/**
 * The one way in for inventory files: checks the size, recognises CSV or XLSX, and answers with a
 * draft or every problem. An upload is first copied to a temporary file, because its size must be
 * known before parsing and because reading XLSX row by row needs random access to the archive.
 */
public final class InventoryFiles {

  private InventoryFiles() {}

  /**
   * Reads an upload. Bytes past the size limit are counted, so that the answer can say how large
   * the file is, but not stored; the web layer should cap request sizes well above the limit.
   *
   * @param nameOrContentType the file name or the content type, when known; may be null
   * @throws IOException when the upload itself cannot be read or spooled (not a problem of the
   *     file)
   */
  public static ImportResult read(InputStream upload, String nameOrContentType, ImportLimits limits)
      throws IOException {
    return read(upload, nameOrContentType, limits, ImportProgress.NONE);
  }

  /** Reads an upload and tells {@code progress} how many rows have been read so far. */
  public static ImportResult read(
      InputStream upload, String nameOrContentType, ImportLimits limits, ImportProgress progress)
      throws IOException {
    Path spool = Files.createTempFile("tacit-inventory-", ".upload");
    try {
      long size = copyUpTo(upload, spool, limits.maxFileBytes());
      if (size > limits.maxFileBytes()) {
        return ImportResult.invalid(List.of(limits.fileTooLarge(size)));
      }
      return readChecked(spool, nameOrContentType, limits, progress);
    } finally {
      Files.deleteIfExists(spool);
    }
  }

  /** Reads a file already on disk (an upload the web container spooled, or a test file). */
  public static ImportResult read(Path file, String nameOrContentType, ImportLimits limits)
      throws IOException {
    return read(file, nameOrContentType, limits, ImportProgress.NONE);
  }

  /** Reads a file on disk and tells {@code progress} how many rows have been read so far. */
  public static ImportResult read(
      Path file, String nameOrContentType, ImportLimits limits, ImportProgress progress)
      throws IOException {
    long size = Files.size(file);
    if (size > limits.maxFileBytes()) {
      return ImportResult.invalid(List.of(limits.fileTooLarge(size)));
    }
    return readChecked(file, nameOrContentType, limits, progress);
  }

  private static ImportResult readChecked(
      Path file, String nameOrContentType, ImportLimits limits, ImportProgress progress)
      throws IOException {
    byte[] signature;
    try (InputStream in = Files.newInputStream(file)) {
      signature = in.readNBytes(FileFormat.signatureLength());
    }
    return switch (FileFormat.detect(signature, nameOrContentType)) {
      case XLSX -> new XlsxInventoryReader().read(file, limits, progress);
      case CSV -> new CsvInventoryReader().read(file, limits, progress);
      case OLE2_WORKBOOK ->
          ImportResult.invalid(
              List.of(ImportProblem.ofFile(ImportProblem.saying("oldOrLockedWorkbook"))));
    };
  }

  /** Copies at most {@code limit + 1} bytes and returns the size of the whole upload. */
  private static long copyUpTo(InputStream upload, Path target, long limit) throws IOException {
    byte[] buffer = new byte[64 * 1024];
    long total = 0;
    try (OutputStream out = Files.newOutputStream(target)) {
      for (int read = upload.read(buffer); read >= 0; read = upload.read(buffer)) {
        long room = limit + 1 - total;
        if (room > 0) {
          out.write(buffer, 0, (int) Math.min(read, room));
        }
        total += read;
      }
    }
    return total;
  }
}
