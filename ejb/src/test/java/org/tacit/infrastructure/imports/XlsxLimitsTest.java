package org.tacit.infrastructure.imports;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import java.util.function.BiFunction;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tacit.domain.model.inventory.imports.ImportProblem;
import org.tacit.domain.model.inventory.imports.ImportResult;

class XlsxLimitsTest {

  private static final String[] ROWS = {
    "department|role|task",
    "Finance|Clerk|Book invoices",
    "Finance|Clerk|Chase payments",
    "Finance|Buyer|Order paper"
  };

  @TempDir Path folder;

  @Test
  void aWorksheetThatUnpacksAThousandfoldIsRefusedAsAZipBombWithoutBeingRead() throws IOException {
    Path bomb =
        rewritten(
            Workbooks.of(ROWS),
            (name, xml) ->
                name.equals("xl/worksheets/sheet1.xml")
                    ? xml.replace("<sheetData>", "<sheetData><!--" + "0".repeat(4_000_000) + "-->")
                    : xml);
    assertThat(Files.size(bomb)).isLessThan(40_000);

    assertThat(read(bomb, XlsxLimits.defaults()).problems())
        .containsExactly(XlsxLimits.unpacksTooFar());
    assertThat(XlsxLimits.unpacksTooFar().message())
        .startsWith(
            "The workbook is refused: a part of it unpacks"
                + " to far more than its packed size (more than 100 times, or beyond 512 MiB)");
  }

  @Test
  void aZipBombInAPartReadWholeIsRefusedBeforePoiOpensTheWorkbook() throws IOException {
    Path bomb =
        rewritten(
            Workbooks.of(ROWS),
            (name, xml) ->
                name.equals("[Content_Types].xml")
                    ? xml.replace("<Types", "<!--" + "0".repeat(4_000_000) + "--><Types")
                    : xml);

    assertThat(read(bomb, XlsxLimits.defaults()).problems())
        .containsExactly(XlsxLimits.unpacksTooFar());
  }

  @Test
  void aPartReadWholeThatUnpacksPastThePartLimitIsRefusedByName() throws IOException {
    Path big =
        rewritten(
            Workbooks.of(ROWS),
            (name, xml) ->
                name.equals("xl/styles.xml")
                    ? xml.replace("<numFmts", "<!--" + noise(200_000) + "--><numFmts")
                        .replace("<fonts", "<!--" + noise(200_000) + "--><fonts")
                    : xml);
    XlsxLimits limits = new XlsxLimits(1_000, 100_000, 1_000, 1_000_000, 1_000);

    assertThat(read(big, limits).problems())
        .containsExactly(
            ImportProblem.ofFile(
                "The workbook is refused: its part xl/styles.xml unpacks to more than 98 KiB, far"
                    + " more than an inventory needs. Save it again as .xlsx, or as CSV UTF-8."));
  }

  @Test
  void aWorkbookOfTooManyPartsIsRefused() throws IOException {
    XlsxLimits limits = new XlsxLimits(3, 1_000_000, 1_000, 1_000_000, 1_000);

    assertThat(
            read(Workbooks.write(folder.resolve("w.xlsx"), Workbooks.of(ROWS)), limits).problems())
        .containsExactly(
            ImportProblem.ofFile(
                "The workbook is refused: it holds more than 3 parts."
                    + " Save it again as .xlsx, or as CSV UTF-8."));
  }

  @Test
  void moreDistinctTextsThanTheLimitAreRefusedWithoutKeepingThemInMemory() throws IOException {
    XlsxLimits limits = new XlsxLimits(1_000, 1_000_000, 8, 1_000_000, 1_000);

    assertThat(
            read(Workbooks.write(folder.resolve("w.xlsx"), Workbooks.of(ROWS)), limits).problems())
        .containsExactly(
            ImportProblem.ofFile("The workbook holds more than 8 distinct texts; the limit is 8."));
  }

  @Test
  void textsThatTogetherPassTheCharacterLimitAreRefused() throws IOException {
    XlsxLimits limits = new XlsxLimits(1_000, 1_000_000, 1_000, 50, 1_000);

    assertThat(
            read(Workbooks.write(folder.resolve("w.xlsx"), Workbooks.of(ROWS)), limits).problems())
        .containsExactly(
            ImportProblem.ofFile(
                "The workbook's texts come to more than 50 characters; the limit is 50."));
  }

  @Test
  void aSharedTextLongerThanACellMayHoldIsRefused() throws IOException {
    XlsxLimits limits = new XlsxLimits(1_000, 1_000_000, 1_000, 1_000_000, 12);

    assertThat(
            read(Workbooks.write(folder.resolve("w.xlsx"), Workbooks.of(ROWS)), limits).problems())
        .containsExactly(
            ImportProblem.ofFile(
                "A cell of the workbook holds more than 12 characters; the limit is 12"
                    + " (Excel's own is 32,767)."));
  }

  @Test
  void aFormulaLongerThanACellMayHoldIsRefusedAsTheSheetIsRead() throws IOException {
    XSSFWorkbook workbook = Workbooks.of("department|role|task|novelty", "Finance|Clerk|Book|");
    workbook.getSheetAt(0).getRow(1).createCell(3).setCellFormula("1+" + "1+".repeat(40) + "1");
    XlsxLimits limits = new XlsxLimits(1_000, 1_000_000, 1_000, 1_000_000, 50);

    assertThat(read(Workbooks.write(folder.resolve("w.xlsx"), workbook), limits).problems())
        .containsExactly(limits.cellTooLong());
  }

  @Test
  void aWorkbookWithinTheLimitsReadsItsTextsBackFromTheSpool() throws IOException {
    XlsxLimits limits = new XlsxLimits(20, 1_000_000, 10, 200, 20);

    ImportResult result =
        read(Workbooks.write(folder.resolve("w.xlsx"), Workbooks.of(ROWS)), limits);

    assertThat(result.isValid()).as(result.problems().toString()).isTrue();
    assertThat(result.draft().orElseThrow().roles())
        .extracting(role -> role.title())
        .containsExactly("Clerk", "Buyer");
  }

  private static ImportResult read(Path file, XlsxLimits limits) {
    return new XlsxInventoryReader(limits).read(file, ImportLimits.defaults());
  }

  /**
   * The workbook written, then each XML part passed through {@code change} (name, text) as it is
   * copied.
   */
  private Path rewritten(XSSFWorkbook workbook, BiFunction<String, String, String> change)
      throws IOException {
    Path plain = Workbooks.write(folder.resolve("plain.xlsx"), workbook);
    Path changed = folder.resolve("changed.xlsx");
    try (ZipInputStream in = new ZipInputStream(Files.newInputStream(plain));
        ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(changed))) {
      out.setLevel(9);
      for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
        byte[] content = in.readAllBytes();
        out.putNextEntry(new ZipEntry(entry.getName()));
        out.write(change.apply(entry.getName(), new String(content, UTF_8)).getBytes(UTF_8));
        out.closeEntry();
      }
    }
    return changed;
  }

  /** Text that hardly compresses, so that only its size can be refused, not its ratio. */
  private static String noise(int length) {
    Random random = new Random(7);
    StringBuilder text = new StringBuilder(length);
    for (int i = 0; i < length; i++) {
      text.append((char) ('a' + random.nextInt(26)));
    }
    return text.toString();
  }
}
