package org.tacit.infrastructure.onet;

import org.tacit.text.Sentence;

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
    return OnetReleaseException.saying("tooManyEntries", zip, maxEntries);
  }

  OnetReleaseException entryTooLarge(String file) {
    return OnetReleaseException.saying("entryTooLarge", file, size(maxEntryBytes));
  }

  OnetReleaseException tooLargeInAll(String zip) {
    return OnetReleaseException.saying("tooLargeInAll", zip, size(maxTotalBytes));
  }

  OnetReleaseException lineTooLong(String file, int line) {
    return OnetReleaseException.saying("lineTooLong", file, String.valueOf(line), maxLineChars);
  }

  /** Whole MiB, rounded up, or bytes below one MiB. */
  private static Sentence size(long bytes) {
    return bytes >= MIB
        ? Sentence.of("refused.onet.mib", (bytes + MIB - 1) / MIB)
        : Sentence.of("refused.onet.bytes", bytes);
  }
}
