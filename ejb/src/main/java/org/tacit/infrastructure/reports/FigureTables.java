package org.tacit.infrastructure.reports;

import org.tacit.domain.report.BoardReport;
import com.lowagie.text.pdf.PdfPTable;
import java.util.ArrayList;
import java.util.List;
import org.tacit.domain.report.BoardReport.Row;
import org.tacit.domain.report.BoardReport.TaskLine;

/**
 * The department and role tables of the last year, each with what holds its hours back, and the
 * tasks that weigh most: those AI can take
 * over and those bound to learning on the job. The role table may run to a thousand rows and more;
 * it goes out in slices, its header repeated on every page.
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
    blocks.heading("Departments in " + report.last().year());
    PdfPTable table = blocks.longTable(new float[] {3.2f, 1.2f, 0.9f, 1, 1.1f, 1, 1.05f},
        List.of("Department", "Hours", "FTE", "Naive", "Technical", "Realistic", "Realistic FTE"), NUMBERS);
    for (Row row : report.departments()) {
      blocks.row(table, cells(row, false), NUMBERS);
    }
    blocks.finish(table);
    departmentsHeldBack();
  }

  /** Each department's hours, realistic substitution and what holds the rest back, adding up to 100 %. */
  private void departmentsHeldBack() {
    blocks.subheading("Why these numbers: what holds each department's hours back in " + report.last().year());
    blocks.note("Shares of the department's hours; with realistic substitution they add up to 100 %. Not ready: low"
        + " automation readiness or too few answers; learning: needs learning on the job; length: longer than the AI"
        + " horizon at the reliability its error cost needs; no length: nobody has said how long it takes;"
        + " adoption: substitutable but not yet put to use or freed in fragments too thin to remove.");
    List<String> header = new ArrayList<>(List.of("Department", "Realistic"));
    HeldBackWords.SHORT.forEach(word -> header.add(Character.toUpperCase(word.charAt(0)) + word.substring(1)));
    PdfPTable table = blocks.longTable(new float[] {3.2f, 1, 1, 1, 1, 1, 1}, header, NUMBERS);
    for (Row row : report.departments()) {
      List<String> cells = new ArrayList<>(List.of(row.name(), formats.share(row.realistic())));
      if (row.heldBack() == null) {
        HeldBackWords.SHORT.forEach(word -> cells.add(Formats.NONE));
      } else {
        row.heldBack().reasons().forEach(amount -> cells.add(formats.share(amount.share())));
      }
      blocks.row(table, cells, NUMBERS);
    }
    blocks.finish(table);
  }

  void roles() {
    blocks.heading("Roles in " + report.last().year());
    blocks.note("By department, then by realistic FTE. Naive, technical and realistic are shares of the role's hours;"
        + " held back most by: the two reasons that hold most of the rest, as shares of the role's hours (the words"
        + " of the department table above).");
    PdfPTable table = blocks.longTable(new float[] {1.5f, 1.3f, 0.75f, 0.55f, 0.8f, 1, 0.95f, 1, 2.6f},
        List.of("Role", "Department", "Hours", "FTE", "Naive", "Technical", "Realistic", "Realistic FTE",
            "Held back most by"), ROLE_NUMBERS);
    for (Row row : report.roles()) {
      blocks.row(table, cells(row, true), ROLE_NUMBERS);
    }
    blocks.finish(table);
  }

  void tasks() {
    blocks.document().newPage();
    blocks.heading("The 10 automatable tasks with the most hours");
    blocks.note("High automation readiness (A), low learning need (L): AI can take them over once the task fits its"
        + " horizon. Reasons: what raises its automation readiness most.");
    tasks(report.automatable());
    blocks.heading("The 10 learning-bound tasks with the most hours");
    blocks.note("High learning need, low automation readiness: done well by people who learned on the job."
        + " Reasons: what raises its learning need most.");
    tasks(report.learningBound());
  }

  private void tasks(List<TaskLine> lines) {
    if (lines.isEmpty()) {
      blocks.paragraph("None in scope.");
      return;
    }
    int[] numbers = {2, 3, 4};
    PdfPTable table = blocks.table(new float[] {3.4f, 2, 0.9f, 0.5f, 0.5f, 3},
        List.of("Task", "Role", "Hours", "L", "A", "Main reasons"), numbers);
    for (TaskLine task : lines) {
      blocks.row(table, List.of(task.statement(), task.role() + " (" + task.department() + ")",
          formats.hours(task.hours()), formats.score(task.learningNeed()), formats.score(task.automationReadiness()),
          String.join("; ", task.reasons())), numbers);
    }
    blocks.finish(table);
  }

  private List<String> cells(Row row, boolean role) {
    List<String> cells = new ArrayList<>();
    cells.add(row.name());
    if (role) {
      cells.add(row.department());
    }
    cells.addAll(List.of(formats.hours(row.hours()), formats.fte(row.fte()), formats.share(row.naive()),
        formats.share(row.technical()), formats.share(row.realistic()), formats.fte(row.realisticFte())));
    if (role) {
      cells.add(HeldBackWords.mostly(row.heldBack(), formats));
    }
    return cells;
  }
}
