package org.tacit.infrastructure.onet;

import java.util.Locale;

/**
 * How large an uploaded O*NET release ZIP may unpack. O*NET's own text release has about 40 files
 * of together a few hundred MiB, with lines of a few thousand characters at most; a ZIP far past
 * that is refused with a clear message before it can fill the server's disk or memory.
 *
 * @param maxEntries most entries (files and folders) the ZIP may hold
 * @param maxEntryBytes most one file may unpack to
 * @param maxTotalBytes most all files together may unpack to, as the ZIP declares it and as read
 * @param maxLineChars most characters one line of a text file may hold
 */
public record ReleaseLimits(
    int maxEntries, long maxEntryBytes, long maxTotalBytes, int maxLineChars) {

  private static final long MIB = 1024 * 1024;

  public ReleaseLimits {
    if (maxEntries <= 0 || maxEntryBytes <= 0 || maxTotalBytes <= 0 || maxLineChars <= 0) {
      throw new IllegalArgumentException("Release limits are positive.");
    }
  }

  /** 1,000 entries, 512 MiB a file, 2 GiB in all, 65,536 characters a line. */
  public static ReleaseLimits defaults() {
    return new ReleaseLimits(1_000, 512 * MIB, 2_048 * MIB, 65_536);
  }

  OnetReleaseException tooManyEntries(String zip) {
    return new OnetReleaseException(
        String.format(
            Locale.ROOT,
            "%s holds more than %,d files and folders; O*NET's text release holds about 40. Upload"
                + " the text release as O*NET publishes it (db_27_0_text.zip).",
            zip,
            maxEntries));
  }

  OnetReleaseException entryTooLarge(String file) {
    return new OnetReleaseException(
        file
            + " unpacks to more than "
            + mib(maxEntryBytes)
            + ", far more than any file of O*NET's text release. Upload the text release as O*NET"
            + " publishes it.");
  }

  OnetReleaseException tooLargeInAll(String zip) {
    return new OnetReleaseException(
        zip
            + " unpacks to more than "
            + mib(maxTotalBytes)
            + " in all, far more than O*NET's text release. Upload the text release as O*NET"
            + " publishes it.");
  }

  OnetReleaseException lineTooLong(String file, int line) {
    return new OnetReleaseException(
        String.format(
            Locale.ROOT,
            "%s, line %d is longer than %,d characters;"
                + " O*NET's lines are far shorter. Upload the text release as O*NET publishes it.",
            file,
            line,
            maxLineChars));
  }

  private static String mib(long bytes) {
    return bytes >= MIB ? (bytes + MIB - 1) / MIB + " MiB" : bytes + " bytes";
  }
}
