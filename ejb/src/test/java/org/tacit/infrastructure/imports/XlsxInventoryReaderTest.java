package org.tacit.infrastructure.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tacit.domain.model.inventory.TaskFact;
import org.tacit.domain.model.inventory.imports.ImportProblem;
import org.tacit.domain.model.inventory.imports.ImportResult;
import org.tacit.domain.model.inventory.imports.InventoryDraft;
import org.tacit.domain.model.inventory.imports.RoleDraft;
import org.tacit.domain.model.inventory.imports.TaskDraft;

class XlsxInventoryReaderTest {

  @TempDir Path folder;

  @Test
  void numericCellsReadAsPlainNumbersWithoutATrailingPointZero() throws IOException {
    RoleDraft role =
        draftOf(
                Workbooks.of(
                    "department|role|role_headcount|role_annual_cost|task|novelty|task_length_hours",
                    "Finance|Clerk|3|123456789012|Book invoices|2|0.0001"))
            .roles()
            .get(0);

    assertThat(role.headcountFte().toPlainString()).isEqualTo("3");
    assertThat(role.annualCostPerFte().toPlainString()).isEqualTo("123456789012");
    assertThat(role.tasks().get(0).facts().get(TaskFact.TASK_LENGTH_HOURS).toPlainString())
        .isEqualTo("0.0001");
  }

  @Test
  void aFormulaCellGivesTheValueItsSpreadsheetStoredAndIsNeverEvaluated() throws IOException {
    XSSFWorkbook workbook =
        Workbooks.of("department|role|task|novelty", "Finance|Clerk|Book invoices|");
    Cell novelty = workbook.getSheetAt(0).getRow(1).createCell(3);
    novelty.setCellFormula("1+1");
    novelty.setCellValue(4); // the cached result: evaluating 1+1 would give 2

    TaskDraft task = draftOf(workbook).roles().get(0).tasks().get(0);

    assertThat(task.facts().get(TaskFact.NOVELTY)).isEqualByComparingTo("4");
  }

  @Test
  void aFormulaLikeTextCellIsKeptAsText() throws IOException {
    TaskDraft task =
        draftOf(Workbooks.of("department|role|task", "Finance|Clerk|=SUM(A1)"))
            .roles()
            .get(0)
            .tasks()
            .get(0);

    assertThat(task.statement()).isEqualTo("=SUM(A1)");
  }

  @Test
  void aPercentageCellInTheTimeShareColumnReadsAsThePercentShown() throws IOException {
    XSSFWorkbook workbook =
        Workbooks.of(
            "department|role|task|task_time_share_pct",
            "Finance|Clerk|Book|0.25",
            "Finance|Clerk|Chase|0.75");
    CellStyle percent = workbook.createCellStyle();
    percent.setDataFormat(workbook.createDataFormat().getFormat("0%"));
    workbook.getSheetAt(0).getRow(1).getCell(3).setCellStyle(percent);
    workbook.getSheetAt(0).getRow(2).getCell(3).setCellStyle(percent);

    assertThat(draftOf(workbook).roles().get(0).tasks())
        .extracting(task -> task.timeSharePct().toPlainString())
        .containsExactly("25", "75");
  }

  @Test
  void headerNamesFollowTheSameRulesAsInCsv() throws IOException {
    assertThat(draftOf(Workbooks.of(" Department|ROLE|Task ", "Finance|Clerk|Book")).taskCount())
        .isEqualTo(1);
  }

  @Test
  void anInvalidWorkbookReportsEveryProblemAtTheRowAndColumnThePersonSees() throws IOException {
    XSSFWorkbook workbook =
        Workbooks.of(
            "department|role|task|novelty|onet_soc",
            "Finance|Clerk|Book invoices|7|",
            "",
            "",
            "Finance||Chase|3|43-3031");
    XSSFSheet sheet = workbook.getSheetAt(0);
    sheet.createRow(9).createCell(3).setCellValue("high");

    assertThat(read(workbook).problems())
        .extracting(ImportProblem::row, ImportProblem::column)
        .containsExactly(
            tuple(2, "novelty"),
            tuple(5, "role"),
            tuple(5, "onet_soc"),
            tuple(10, "department"),
            tuple(10, "role"),
            tuple(10, "task"),
            tuple(10, "novelty"));
  }

  @Test
  void onlyTheFirstSheetIsRead() throws IOException {
    XSSFWorkbook workbook = Workbooks.of("department|role|task", "Finance|Clerk|Book");
    workbook.createSheet("Notes").createRow(0).createCell(0).setCellValue("not an inventory");

    assertThat(draftOf(workbook).taskCount()).isEqualTo(1);
  }

  @Test
  void aDamagedWorkbookIsAProblemNotAnException() throws IOException {
    Path file = folder.resolve("broken.xlsx");
    Files.write(file, new byte[] {'P', 'K', 3, 4, 0, 0, 1, 2, 3});

    assertThat(new XlsxInventoryReader().read(file, ImportLimits.defaults()).problems())
        .singleElement()
        .satisfies(
            problem ->
                assertThat(problem.message())
                    .startsWith("The file is not a readable XLSX workbook"));
  }

  @Test
  void readingStopsOnceTheRowLimitIsPassed() throws IOException {
    ImportResult result =
        new XlsxInventoryReader()
            .read(
                Workbooks.write(
                    folder.resolve("many.xlsx"),
                    Workbooks.of(
                        "department|role|task",
                        "Finance|Clerk|Book",
                        "Finance|Clerk|Chase",
                        "Finance|Clerk|File")),
                new ImportLimits(1_000_000, 2));

    assertThat(result.problems())
        .containsExactly(
            ImportProblem.ofFile("The file has more than 2 task rows; the limit is 2."));
  }

  private InventoryDraft draftOf(XSSFWorkbook workbook) throws IOException {
    ImportResult result = read(workbook);
    return result
        .draft()
        .orElseThrow(() -> new AssertionError("expected a valid workbook: " + result));
  }

  private ImportResult read(XSSFWorkbook workbook) throws IOException {
    Path file = Workbooks.write(folder.resolve("inventory.xlsx"), workbook);
    return new XlsxInventoryReader().read(file, ImportLimits.defaults());
  }
}
