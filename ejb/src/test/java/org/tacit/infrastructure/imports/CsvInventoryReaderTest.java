package org.tacit.infrastructure.imports;

import static java.nio.charset.StandardCharsets.ISO_8859_1;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.tacit.domain.model.inventory.TaskFact;
import org.tacit.domain.model.inventory.imports.ImportProblem;
import org.tacit.domain.model.inventory.imports.ImportProgress;
import org.tacit.domain.model.inventory.imports.ImportResult;
import org.tacit.domain.model.inventory.imports.InventoryDraft;
import org.tacit.domain.model.inventory.imports.TaskDraft;

class CsvInventoryReaderTest {

  @TempDir Path folder;

  @Test
  void aCommaSeparatedFileBecomesADraft() throws IOException {
    InventoryDraft draft = draftOf("department,role,task,novelty\nFinance,Clerk,Book invoices,2\n");

    assertThat(draft.roles().get(0).tasks().get(0).fact(TaskFact.NOVELTY))
        .hasValueSatisfying(novelty -> assertThat(novelty).isEqualByComparingTo("2"));
  }

  @Test
  void aByteOrderMarkBeforeTheHeaderIsIgnored() throws IOException {
    byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    byte[] text = "department,role,task\nFinance,Clerk,Book\n".getBytes(UTF_8);
    Path file = folder.resolve("bom.csv");
    Files.write(file, concat(bom, text));

    assertThat(new CsvInventoryReader().read(file, ImportLimits.defaults()).isValid()).isTrue();
  }

  @Test
  void aSemicolonSeparatedFileWithDecimalCommasIsRead() throws IOException {
    TaskDraft task =
        draftOf("department;role;task;task_length_hours\r\nFinance;Clerk;Book, then file;1,5\r\n")
            .roles()
            .get(0)
            .tasks()
            .get(0);

    assertThat(task.statement()).isEqualTo("Book, then file");
    assertThat(task.fact(TaskFact.TASK_LENGTH_HOURS))
        .hasValueSatisfying(hours -> assertThat(hours).isEqualByComparingTo("1.5"));
  }

  @Test
  void quotedCellsMayHoldDelimitersQuotesAndLineBreaks() throws IOException {
    InventoryDraft draft =
        draftOf(
            "department,role,task\r\n"
                + "Finance,\"Clerk, senior\",\"Say \"\"paid\"\"\"\r\n"
                + "Finance,\"Clerk, senior\",\"First line\r\nsecond line\"\r\n");

    assertThat(draft.roles().get(0).title()).isEqualTo("Clerk, senior");
    assertThat(draft.roles().get(0).tasks())
        .extracting(TaskDraft::statement)
        .containsExactly("Say \"paid\"", "First line\r\nsecond line");
  }

  @Test
  void aQuotedCellThatSpansLinesIsOneRowSoLaterRowsKeepTheirSpreadsheetNumbers()
      throws IOException {
    assertThat(
            problemsOf(
                "department,role,task,novelty\n"
                    + "Finance,Clerk,\"Book\ninvoices\nin bulk\",1\n"
                    + "\n"
                    + "Finance,Clerk,Chase,9\n"))
        .extracting(ImportProblem::row, ImportProblem::column)
        .containsExactly(tuple(4, "novelty"));
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '\'',
      value = {
        "'department,role,task\nFinance,Clerk,\"Book\n'                | 2",
        "'department,role,task\nFinance,Clerk,Book\nSales,Rep,\"Call\"x\n' | 3"
      })
  void malformedQuotingIsAProblemAtItsRowNotAnException(String csv, int row) throws IOException {
    assertThat(problemsOf(csv.replace("\\n", "\n")))
        .anySatisfy(
            problem -> {
              assertThat(problem.row()).isEqualTo(row);
              assertThat(problem.message()).startsWith("The CSV cannot be read here");
            });
  }

  @Test
  void aFileInAnotherEncodingThanUtf8IsAProblemRatherThanGarbledNames() throws IOException {
    Path file = folder.resolve("latin1.csv");
    Files.writeString(file, "department,role,task\nMüller Logistik,Clerk,Book\n", ISO_8859_1);

    assertThat(new CsvInventoryReader().read(file, ImportLimits.defaults()).problems())
        .extracting(ImportProblem::message)
        .containsExactly("The file is not UTF-8 text; save it as 'CSV UTF-8' and import it again.");
  }

  @Test
  void aFormulaLikeTextCellIsKeptAsText() throws IOException {
    assertThat(
            draftOf("department,role,task\nFinance,Clerk,=SUM(A1)\n")
                .roles()
                .get(0)
                .tasks()
                .get(0)
                .statement())
        .isEqualTo("=SUM(A1)");
  }

  @Test
  void aHeaderAfterBlankLinesHasItsProblemsReportedWhereItIs() throws IOException {
    assertThat(problemsOf("\n\ndepartment,role,task,novlty\nFinance,Clerk,Book,1\n"))
        .extracting(ImportProblem::row, ImportProblem::column)
        .containsExactly(tuple(3, "novlty"));
  }

  @Test
  void anEmptyFileIsAProblem() throws IOException {
    assertThat(problemsOf("\n\n"))
        .containsExactly(
            ImportProblem.ofFile("The file is empty; its first row must name the columns."));
  }

  @Test
  void aFileOfOneHundredThousandRowsIsReadRowByRow() throws IOException {
    Path file = folder.resolve("large.csv");
    try (BufferedWriter out = Files.newBufferedWriter(file, UTF_8)) {
      out.write("department,role,task,task_time_share_pct,novelty,task_length_hours\n");
      for (int role = 0; role < 1000; role++) {
        for (int task = 0; task < 100; task++) {
          out.write("Department " + role % 20 + ",Role " + role + ",Task " + task + ",1,3,0.5\n");
        }
      }
    }

    ImportResult result = new CsvInventoryReader().read(file, ImportLimits.defaults());

    assertThat(result.draft())
        .hasValueSatisfying(draft -> assertThat(draft.taskCount()).isEqualTo(100_000));
  }

  @Test
  void readingTellsTheWatcherEveryThousandRowsAndTheTotalOnceTheFileIsRead() throws IOException {
    StringBuilder csv = new StringBuilder("department,role,task\n");
    for (int task = 0; task < 2500; task++) {
      csv.append("Finance,Clerk,Task ")
          .append(task)
          .append(task == 1200 ? "\n\n" : "\n"); // a blank row does not count
    }
    Path file = Files.writeString(folder.resolve("large.csv"), csv, UTF_8);
    List<String> told = new ArrayList<>();
    ImportProgress watcher = (phase, done, total) -> told.add(phase + " " + done + "/" + total);

    new CsvInventoryReader().read(file, ImportLimits.defaults(), watcher);

    assertThat(told).containsExactly("READING 1000/-1", "READING 2000/-1", "READING 2500/2500");
  }

  private InventoryDraft draftOf(String csv) throws IOException {
    ImportResult result = read(csv);
    return result.draft().orElseThrow(() -> new AssertionError("expected a valid file: " + result));
  }

  private List<ImportProblem> problemsOf(String csv) throws IOException {
    return read(csv).problems();
  }

  private ImportResult read(String csv) throws IOException {
    Path file = folder.resolve("inventory.csv");
    Files.writeString(file, csv, UTF_8);
    return new CsvInventoryReader().read(file, ImportLimits.defaults());
  }

  private static byte[] concat(byte[] first, byte[] second) {
    byte[] both = Arrays.copyOf(first, first.length + second.length);
    System.arraycopy(second, 0, both, first.length, second.length);
    return both;
  }
}
