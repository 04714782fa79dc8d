package org.tacit.infrastructure.onet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReleaseLimitsTest {

  @TempDir Path temp;

  @Test
  void aZipOfMoreEntriesThanTheLimitIsRefusedBeforeAnyIsRead() throws IOException {
    Path zip = withExtra(SmallRelease.official().asZip(temp.resolve("release.zip")), 1_000, 1);

    assertThatThrownBy(() -> new OnetReleaseReader().read(zip))
        .isInstanceOf(OnetReleaseException.class)
        .hasMessage(
            "release.zip holds more than 1,000 files and folders; O*NET's text release holds about"
                + " 40. Upload the text release as O*NET publishes it (db_27_0_text.zip).");
  }

  @Test
  void aZipDeclaringMoreThanTheTotalLimitIsRefusedWhenOpened() throws IOException {
    Path zip = withExtra(SmallRelease.official().asZip(temp.resolve("release.zip")), 3, 400_000);
    ReleaseLimits limits = new ReleaseLimits(1_000, 1024 * 1024, 1024 * 1024, 1_000);

    assertThatThrownBy(() -> new OnetReleaseReader(limits).read(zip))
        .isInstanceOf(OnetReleaseException.class)
        .hasMessage(
            "release.zip unpacks to more than 1 MiB in all, far more than O*NET's text release."
                + " Upload the text release as O*NET publishes it.");
  }

  @Test
  void aFileThatUnpacksPastThePerFileLimitIsRefusedAsItIsRead() throws IOException {
    String tasks =
        "O*NET-SOC Code\tTask ID\tTask\tTask Type\n"
            + "43-3031.00\t1\tFile\tCore\n".repeat(100_000);
    Path zip =
        SmallRelease.official()
            .with("Task Statements.txt", tasks)
            .asZip(temp.resolve("release.zip"));
    ReleaseLimits limits = new ReleaseLimits(1_000, 1024 * 1024, 1024 * 1024 * 1024, 1_000);

    assertThatThrownBy(() -> new OnetReleaseReader(limits).read(zip))
        .isInstanceOf(OnetReleaseException.class)
        .hasMessage(
            "Task Statements.txt unpacks to more than 1 MiB, far more than any file of O*NET's text"
                + " release. Upload the text release as O*NET publishes it.");
  }

  @Test
  void aFileWhoseSizeTheZipUnderstatesIsStillCountedAsItIsRead() throws IOException {
    String tasks =
        "O*NET-SOC Code\tTask ID\tTask\tTask Type\n"
            + "43-3031.00\t1\tFile\tCore\n".repeat(100_000);
    Path zip =
        understated(
            SmallRelease.official()
                .with("Task Statements.txt", tasks)
                .asZip(temp.resolve("r.zip")));
    ReleaseLimits limits = new ReleaseLimits(1_000, 1024 * 1024 * 1024, 1024 * 1024, 1_000);

    assertThatThrownBy(() -> new OnetReleaseReader(limits).read(zip))
        .isInstanceOf(OnetReleaseException.class)
        .hasMessageStartingWith("r.zip unpacks to more than 1 MiB in all");
  }

  @Test
  void aLineLongerThanTheLimitIsRefusedNamingFileAndLine() {
    Path zip =
        SmallRelease.official()
            .with(
                "Job Zones.txt",
                "O*NET-SOC Code\tJob Zone\n43-3031.00\t3\n43-3031.00\t" + "3".repeat(70_000) + "\n")
            .asZip(temp.resolve("release.zip"));

    assertThatThrownBy(() -> new OnetReleaseReader().read(zip))
        .isInstanceOf(OnetReleaseException.class)
        .hasMessage(
            "Job Zones.txt, line 3 is longer than 65,536 characters; O*NET's lines are far shorter."
                + " Upload the text release as O*NET publishes it.");
  }

  @Test
  void linesEndAsBufferedReaderEndsThem() throws IOException {
    try (Lines lines =
        new Lines(new StringReader("a\r\nb\rc\n\nd"), "f.txt", ReleaseLimits.defaults())) {
      assertThat(
              new String[] {
                lines.next(), lines.next(), lines.next(), lines.next(), lines.next(), lines.next()
              })
          .containsExactly("a", "b", "c", "", "d", null);
    }
  }

  /** The ZIP with {@code count} more files of {@code bytes} zeros each. */
  private Path withExtra(Path zip, int count, int bytes) throws IOException {
    Path bigger = temp.resolve("release.zip.new");
    try (ZipInputStream in = new ZipInputStream(Files.newInputStream(zip));
        ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(bigger))) {
      for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
        out.putNextEntry(new ZipEntry(entry.getName()));
        in.transferTo(out);
      }
      for (int i = 0; i < count; i++) {
        out.putNextEntry(new ZipEntry("db_27_0_text/extra " + i + ".txt"));
        out.write(new byte[bytes]);
      }
    }
    Files.move(bigger, zip, StandardCopyOption.REPLACE_EXISTING);
    return zip;
  }

  /** The ZIP with every entry declaring a size of one byte, as a crafted ZIP might. */
  private Path understated(Path zip) throws IOException {
    byte[] bytes = Files.readAllBytes(zip);
    // Central directory headers (PK\1\2) keep the uncompressed size at offset 24.
    for (int i = 0; i + 46 < bytes.length; i++) {
      if (bytes[i] == 'P' && bytes[i + 1] == 'K' && bytes[i + 2] == 1 && bytes[i + 3] == 2) {
        bytes[i + 24] = 1;
        bytes[i + 25] = 0;
        bytes[i + 26] = 0;
        bytes[i + 27] = 0;
      }
    }
    Files.write(zip, bytes);
    return zip;
  }
}
