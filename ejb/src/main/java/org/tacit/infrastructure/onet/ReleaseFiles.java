package org.tacit.infrastructure.onet;

import java.io.Closeable;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Optional;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;

/**
 * The files of an O*NET text release in a folder or in the ZIP O*NET publishes, where they sit
 * under a folder such as {@code db_27_0_text/}. Files are found by name at any depth up to that
 * folder and opened one at a time, so the files the reader does not need are never read. A ZIP is
 * held to its {@link ReleaseLimits}: its entries are counted and its declared sizes added up when
 * it is opened, and the bytes each file really unpacks to are counted as it is read, since a ZIP's
 * declared sizes can lie.
 */
abstract sealed class ReleaseFiles implements Closeable {

  /** The folder itself or one folder down, as when a ZIP was unpacked into a folder of its own. */
  private static final int DEPTH = 2;

  private final ReleaseLimits limits;

  ReleaseFiles(ReleaseLimits limits) {
    this.limits = limits;
  }

  ReleaseLimits limits() {
    return limits;
  }

  /** The name of the folder or ZIP, which often names the release (db_27_0_text.zip). */
  abstract String label();

  abstract Optional<InputStream> open(String fileName) throws IOException;

  boolean has(String fileName) throws IOException {
    Optional<InputStream> in = open(fileName);
    if (in.isPresent()) {
      in.get().close();
    }
    return in.isPresent();
  }

  static ReleaseFiles of(Path dirOrZip, ReleaseLimits limits) throws IOException {
    if (Files.isDirectory(dirOrZip)) {
      return new Folder(dirOrZip, limits);
    }
    if (!Files.isRegularFile(dirOrZip)) {
      throw OnetReleaseException.saying("noFile", String.valueOf(dirOrZip.getFileName()));
    }
    ZipFile zip;
    try {
      zip = new ZipFile(dirOrZip.toFile());
    } catch (ZipException e) {
      throw OnetReleaseException.saying("notZip", String.valueOf(dirOrZip.getFileName()));
    }
    try {
      String name = String.valueOf(dirOrZip.getFileName());
      if (zip.size() > limits.maxEntries()) {
        throw limits.tooManyEntries(name);
      }
      long declared = zip.stream().mapToLong(ZipEntry::getSize).filter(size -> size > 0).sum();
      if (declared > limits.maxTotalBytes()) {
        throw limits.tooLargeInAll(name);
      }
      // An upload is spooled under a name of its own; the folder inside still names the release
      String folder = zip.stream().findFirst().map(ZipEntry::getName).orElse("");
      return new Zip(zip, name, name + " " + folder, limits);
    } catch (RuntimeException e) {
      zip.close();
      throw e;
    }
  }

  private static final class Folder extends ReleaseFiles {
    private final Path root;

    Folder(Path root, ReleaseLimits limits) {
      super(limits);
      this.root = root;
    }

    @Override
    String label() {
      return String.valueOf(root.toAbsolutePath().normalize().getFileName());
    }

    @Override
    Optional<InputStream> open(String fileName) throws IOException {
      Optional<Path> found;
      try (Stream<Path> files = Files.walk(root, DEPTH)) {
        found =
            files
                .filter(Files::isRegularFile)
                .filter(f -> f.getFileName().toString().equalsIgnoreCase(fileName))
                .min(Comparator.comparingInt(Path::getNameCount));
      }
      return found.isEmpty() ? Optional.empty() : Optional.of(Files.newInputStream(found.get()));
    }

    @Override
    public void close() {}
  }

  private static final class Zip extends ReleaseFiles {
    private final ZipFile zip;
    private final String name;
    private final String label;
    private long unpacked;

    Zip(ZipFile zip, String name, String label, ReleaseLimits limits) {
      super(limits);
      this.zip = zip;
      this.name = name;
      this.label = label;
    }

    @Override
    String label() {
      return label;
    }

    @Override
    Optional<InputStream> open(String fileName) throws IOException {
      Optional<? extends ZipEntry> found =
          zip.stream()
              .filter(e -> !e.isDirectory() && !path(e).startsWith("__MACOSX/"))
              .filter(e -> path(e).split("/").length <= DEPTH)
              .filter(
                  e -> path(e).substring(path(e).lastIndexOf('/') + 1).equalsIgnoreCase(fileName))
              .min(Comparator.comparingInt(e -> e.getName().length()));
      return found.isEmpty()
          ? Optional.empty()
          : Optional.of(new Counted(zip.getInputStream(found.get()), fileName));
    }

    /** Counts what a file really unpacks to, against the limit per file and in all. */
    private final class Counted extends FilterInputStream {
      private final String fileName;
      private long read;

      Counted(InputStream in, String fileName) {
        super(in);
        this.fileName = fileName;
      }

      @Override
      public int read() throws IOException {
        int b = super.read();
        count(b < 0 ? -1 : 1);
        return b;
      }

      @Override
      public int read(byte[] b, int off, int len) throws IOException {
        return count(super.read(b, off, len));
      }

      private int count(int n) {
        if (n > 0) {
          read += n;
          unpacked += n;
          if (read > limits().maxEntryBytes()) {
            throw limits().entryTooLarge(fileName);
          }
          if (unpacked > limits().maxTotalBytes()) {
            throw limits().tooLargeInAll(name);
          }
        }
        return n;
      }
    }

    /** Some Windows tools write entry names with backslashes. */
    private static String path(ZipEntry entry) {
      return entry.getName().replace('\\', '/');
    }

    @Override
    public void close() throws IOException {
      zip.close();
    }
  }
}
