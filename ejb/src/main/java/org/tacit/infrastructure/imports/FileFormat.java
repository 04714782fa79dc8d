package org.tacit.infrastructure.imports;

import java.util.Locale;

/**
 * Which reader a file needs. The first bytes decide when they can: an XLSX workbook is a ZIP
 * archive ({@code PK}), whatever its name says. The name or content type decides only for files
 * that are not ZIP archives, and CSV is the default for text.
 */
enum FileFormat {
  CSV,
  XLSX,
  /**
   * Excel 97–2003, or a password-protected workbook: both are OLE2 files POI's XLSX reader refuses.
   */
  OLE2_WORKBOOK;

  private static final byte[] ZIP = {'P', 'K'};
  private static final byte[] OLE2 = {(byte) 0xD0, (byte) 0xCF, (byte) 0x11, (byte) 0xE0};

  static FileFormat detect(byte[] firstBytes, String nameOrContentType) {
    if (startsWith(firstBytes, ZIP)) {
      return XLSX;
    }
    if (startsWith(firstBytes, OLE2)) {
      return OLE2_WORKBOOK;
    }
    String hint = nameOrContentType == null ? "" : nameOrContentType.toLowerCase(Locale.ROOT);
    return hint.endsWith(".xlsx") || hint.contains("spreadsheetml") ? XLSX : CSV;
  }

  static int signatureLength() {
    return OLE2.length;
  }

  private static boolean startsWith(byte[] bytes, byte[] prefix) {
    if (bytes.length < prefix.length) {
      return false;
    }
    for (int i = 0; i < prefix.length; i++) {
      if (bytes[i] != prefix[i]) {
        return false;
      }
    }
    return true;
  }
}
