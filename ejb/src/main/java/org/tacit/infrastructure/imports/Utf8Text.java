package org.tacit.infrastructure.imports;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.BufferedInputStream;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * UTF-8 text files as spreadsheet programs write them: with or without a byte-order mark. Bytes
 * that are not UTF-8 are an error, not replaced, because a file saved in another encoding would
 * otherwise import with its accented names silently garbled.
 */
final class Utf8Text {

  private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

  private Utf8Text() {}

  static BufferedReader open(Path file) throws IOException {
    InputStream bytes = new BufferedInputStream(Files.newInputStream(file));
    bytes.mark(BOM.length);
    byte[] start = bytes.readNBytes(BOM.length);
    if (!Arrays.equals(start, BOM)) {
      bytes.reset();
    }
    return new BufferedReader(
        new InputStreamReader(
            bytes,
            UTF_8
                .newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT)));
  }

  /** True when the failure, however deeply wrapped, is text that is not UTF-8. */
  static boolean isEncodingError(Throwable failure) {
    for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
      if (cause instanceof CharacterCodingException) {
        return true;
      }
    }
    return false;
  }
}
