package org.tacit.infrastructure.imports;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.tacit.domain.model.inventory.imports.ImportProblem;
import org.tacit.domain.model.inventory.imports.ImportResult;

class InventoryFilesTest {

  private static final long MIB = 1024 * 1024;

  @TempDir Path folder;

  @Test
  void anUploadOverTheSizeLimitIsRefusedWithItsSizeBeforeParsing() throws IOException {
    ImportResult result =
        InventoryFiles.read(new Filler(73 * MIB - 100), "inventory.csv", ImportLimits.defaults());

    assertThat(result.problems())
        .containsExactly(ImportProblem.ofFile("The file is 73 MiB; the limit is 50 MiB."));
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "500      | 500 bytes",
        "1024     | 1 KiB",
        "1025     | 2 KiB",
        "52428800 | 50 MiB",
        "52428801 | 51 MiB"
      })
  void sizesAreRoundedUpSoThatAFileJustOverTheLimitNeverReadsAsAtTheLimit(long bytes, String said) {
    assertThat(ImportLimits.size(bytes).inEnglish()).isEqualTo(said);
  }

  @Test
  void aFileOnDiskOverTheSizeLimitIsRefusedToo() throws IOException {
    Path file =
        Files.writeString(folder.resolve("big.csv"), "department,role,task\n" + "x".repeat(3000));

    assertThat(InventoryFiles.read(file, "big.csv", new ImportLimits(2048, 10)).problems())
        .containsExactly(ImportProblem.ofFile("The file is 3 KiB; the limit is 2 KiB."));
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {"inventory.csv", "text/csv", "application/octet-stream", "''"})
  void aWorkbookIsRecognisedByItsZipSignatureWhateverItsNameSays(String nameOrContentType)
      throws IOException {
    Path workbook =
        Workbooks.write(
            folder.resolve("upload"), Workbooks.of("department|role|task", "Finance|Clerk|Book"));

    try (InputStream upload = Files.newInputStream(workbook)) {
      assertThat(InventoryFiles.read(upload, nameOrContentType, ImportLimits.defaults()).isValid())
          .isTrue();
    }
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {"inventory.csv", "text/csv; charset=utf-8", "''"})
  void textIsReadAsCsv(String nameOrContentType) throws IOException {
    byte[] csv = "department;role;task\nFinance;Clerk;Book\n".getBytes(UTF_8);

    assertThat(
            InventoryFiles.read(
                    new ByteArrayInputStream(csv), nameOrContentType, ImportLimits.defaults())
                .isValid())
        .isTrue();
  }

  @Test
  void textNamedAsAWorkbookIsAnUnreadableWorkbook() throws IOException {
    byte[] csv = "department,role,task\nFinance,Clerk,Book\n".getBytes(UTF_8);

    assertThat(
            InventoryFiles.read(
                    new ByteArrayInputStream(csv), "inventory.xlsx", ImportLimits.defaults())
                .problems())
        .singleElement()
        .satisfies(
            problem ->
                assertThat(problem.message())
                    .startsWith("The file is not a readable XLSX workbook"));
  }

  @Test
  void anOldExcelWorkbookIsAProblemThatSaysHowToSaveIt() throws IOException {
    byte[] ole2 = {
      (byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1
    };

    assertThat(
            InventoryFiles.read(
                    new ByteArrayInputStream(ole2), "inventory.xls", ImportLimits.defaults())
                .problems())
        .singleElement()
        .satisfies(problem -> assertThat(problem.message()).contains("save it as .xlsx"));
  }

  @Test
  void aCsvWithMoreTaskRowsThanTheLimitIsOneProblem() throws IOException {
    byte[] csv = "department,role,task\nF,C,A\n\nF,C,B\nF,C,D\n".getBytes(UTF_8);

    assertThat(
            InventoryFiles.read(new ByteArrayInputStream(csv), "a.csv", new ImportLimits(MIB, 2))
                .problems())
        .containsExactly(
            ImportProblem.ofFile("The file has more than 2 task rows; the limit is 2."));
    assertThat(
            InventoryFiles.read(new ByteArrayInputStream(csv), "a.csv", new ImportLimits(MIB, 3))
                .isValid())
        .isTrue();
  }

  /** A large upload made up on the fly, so that the test holds none of it in memory. */
  private static final class Filler extends InputStream {
    private long left;

    Filler(long size) {
      this.left = size;
    }

    @Override
    public int read() {
      return left-- > 0 ? 'x' : -1;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) {
      if (left <= 0) {
        return -1;
      }
      int n = (int) Math.min(length, left);
      Arrays.fill(buffer, offset, offset + n, (byte) 'x');
      left -= n;
      return n;
    }
  }
}
