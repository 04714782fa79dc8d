package org.tacit.infrastructure.imports;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.Collections;
import java.util.Locale;
import java.util.Optional;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.tacit.domain.model.inventory.imports.ImportProblem;

/**
 * Looks over a workbook's archive before POI opens it: how many parts it holds, and that every part
 * POI reads whole into memory (content types, relationships, workbook, styles, themes, properties)
 * really unpacks to no more than {@link XlsxLimits#maxPartBytes()}. The archive's own size figures
 * can lie, so each such part is unpacked and counted, through POI's own ZIP reader with its ratio
 * guard. Worksheets and the shared texts are left to be streamed; their limits apply as they are
 * read.
 */
final class XlsxArchive {

  private XlsxArchive() {}

  /** The problem that refuses the workbook, if any. */
  static Optional<ImportProblem> check(Path file, XlsxLimits limits) throws IOException {
    try (ZipSecureFile zip = new ZipSecureFile(file.toFile())) {
      int parts = 0;
      for (ZipArchiveEntry entry : Collections.list(zip.getEntries())) {
        if (++parts > limits.maxParts()) {
          return Optional.of(limits.tooManyParts());
        }
        if (!entry.isDirectory()
            && readWhole(entry.getName())
            && unpacksOver(zip, entry, limits.maxPartBytes())) {
          return Optional.of(limits.partTooLarge(entry.getName()));
        }
      }
      return Optional.empty();
    }
  }

  /** Worksheets and shared texts are streamed; pictures and other binaries are never read. */
  private static boolean readWhole(String name) {
    String part = name.toLowerCase(Locale.ROOT);
    boolean xml = part.endsWith(".xml") || part.endsWith(".rels");
    return xml && !part.startsWith("xl/worksheets/") && !part.endsWith("sharedstrings.xml");
  }

  private static boolean unpacksOver(ZipSecureFile zip, ZipArchiveEntry entry, long limit)
      throws IOException {
    try (InputStream in = zip.getInputStream(entry)) {
      byte[] buffer = new byte[64 * 1024];
      long total = 0;
      for (int read = in.read(buffer); read >= 0; read = in.read(buffer)) {
        total += read;
        if (total > limit) {
          return true;
        }
      }
      return false;
    }
  }
}
