package org.tacit.infrastructure.reports;

import com.lowagie.text.pdf.PdfPTable;
import java.util.ArrayList;
import java.util.List;
import org.tacit.domain.report.BoardReport;
import org.tacit.domain.report.BoardReport.Row;
import org.tacit.domain.report.BoardReport.TaskLine;

/**
 * The department and role tables of the last year, each with what holds its hours back, and the
 * tasks that weigh most: those AI can take over and those bound to learning on the job. The role
 * table may run to a thousand rows and more; it goes out in slices, its header repeated on every
 * page.
 */
final class FigureTables {

  private static final int[] NUMBERS = {1, 2, 3, 4, 5, 6};
  private static final int[] ROLE_NUMBERS = {2, 3, 4, 5, 6, 7};

  private final Blocks blocks;
  private final Formats formats;
  private final BoardReport report;

  FigureTables(Blocks blocks, Formats formats, BoardReport report) {
    this.blocks = blocks;
    this.formats = formats;
    this.report = report;
  }

  void departments() {
    blocks.document().newPage();
    blocks.heading(formats.text("departments.title", year()));
    PdfPTable table =
        blocks.longTable(
            new float[] {3.2f, 1.2f, 0.9f, 1, 1.1f, 1, 1.05f},
            columns(
                "department", "hours", "fte", "naive", "technical", "realistic", "realisticFte"),
            NUMBERS);
    for (Row row : report.departments()) {
      blocks.row(table, cells(row, false), NUMBERS);
    }
    blocks.finish(table);
    departmentsHeldBack();
  }

  /**
   * Each department's hours, realistic substitution and what holds the rest back, adding up to 100
   * %.
   */
  private void departmentsHeldBack() {
    blocks.subheading(formats.text("departments.whyTitle", year()));
    blocks.note(formats.text("departments.whyNote"));
    List<String> header = new ArrayList<>(columns("department", "realistic"));
    for (int r = 0; r < HeldBackWords.count(); r++) {
      String word = HeldBackWords.brief(r, formats);
      header.add(word.substring(0, 1).toUpperCase(formats.locale()) + word.substring(1));
    }
    PdfPTable table = blocks.longTable(new float[] {3.2f, 1, 1, 1, 1, 1, 1}, header, NUMBERS);
    for (Row row : report.departments()) {
      List<String> cells = new ArrayList<>(List.of(row.name(), formats.share(row.realistic())));
      if (row.heldBack() == null) {
        for (int r = 0; r < HeldBackWords.count(); r++) {
          cells.add(Formats.NONE);
        }
      } else {
        row.heldBack().reasons().forEach(amount -> cells.add(formats.share(amount.share())));
      }
      blocks.row(table, cells, NUMBERS);
    }
    blocks.finish(table);
  }

  void roles() {
    blocks.heading(formats.text("roles.title", year()));
    blocks.note(formats.text("roles.note"));
    PdfPTable table =
        blocks.longTable(
            new float[] {1.5f, 1.3f, 0.75f, 0.55f, 0.8f, 1, 0.95f, 1, 2.6f},
            columns(
                "role",
                "department",
                "hours",
                "fte",
                "naive",
                "technical",
                "realistic",
                "realisticFte",
                "heldBackMost"),
            ROLE_NUMBERS);
    for (Row row : report.roles()) {
      blocks.row(table, cells(row, true), ROLE_NUMBERS);
    }
    blocks.finish(table);
  }

  void tasks() {
    blocks.document().newPage();
    blocks.heading(formats.text("tasks.automatable"));
    blocks.note(formats.text("tasks.automatableNote"));
    tasks(report.automatable());
    blocks.heading(formats.text("tasks.learningBound"));
    blocks.note(formats.text("tasks.learningBoundNote"));
    tasks(report.learningBound());
  }

  private void tasks(List<TaskLine> lines) {
    if (lines.isEmpty()) {
      blocks.paragraph(formats.text("tasks.none"));
      return;
    }
    int[] numbers = {2, 3, 4};
    PdfPTable table =
        blocks.table(
            new float[] {3.4f, 2, 0.9f, 0.5f, 0.5f, 3},
            columns("task", "role", "hours", "learningNeed", "automationReadiness", "mainReasons"),
            numbers);
    for (TaskLine task : lines) {
      blocks.row(
          table,
          List.of(
              task.statement(),
              task.role() + " (" + task.department() + ")",
              formats.hours(task.hours()),
              formats.score(task.learningNeed()),
              formats.score(task.automationReadiness()),
              String.join("; ", task.reasons())),
          numbers);
    }
    blocks.finish(table);
  }

  private String year() {
    return Formats.year(report.last().year());
  }

  /** Column heads from the bundle's {@code board.col.*}. */
  private List<String> columns(String... keys) {
    List<String> heads = new ArrayList<>();
    for (String key : keys) {
      heads.add(formats.text("col." + key));
    }
    return heads;
  }

  private List<String> cells(Row row, boolean role) {
    List<String> cells = new ArrayList<>();
    cells.add(row.name());
    if (role) {
      cells.add(row.department());
    }
    cells.addAll(
        List.of(
            formats.hours(row.hours()),
            formats.fte(row.fte()),
            formats.share(row.naive()),
            formats.share(row.technical()),
            formats.share(row.realistic()),
            formats.fte(row.realisticFte())));
    if (role) {
      cells.add(HeldBackWords.mostly(row.heldBack(), formats));
    }
    return cells;
  }
}
