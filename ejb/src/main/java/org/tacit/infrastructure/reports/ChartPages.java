package org.tacit.infrastructure.reports;

import org.tacit.domain.report.BoardReport;
import com.lowagie.text.Image;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import java.awt.Color;
import java.util.ArrayList;
import java.util.List;

/**
 * The page of charts: realistic substitution by year under every scenario, with its legend set as
 * text (scenario names may be in any script), and the hours by task class of the largest departments.
 */
final class ChartPages {

  private static final int CHART_DEPARTMENTS = 15;

  private final Blocks blocks;
  private final BoardReport report;

  ChartPages(Blocks blocks, BoardReport report) {
    this.blocks = blocks;
    this.report = report;
  }

  void draw(Charts charts) {
    blocks.document().newPage();
    blocks.heading("Realistic substitution by year");
    blocks.note("Realistic substitution under every scenario (the chosen one thicker), and the chosen scenario's"
        + " technically substitutable and naive figures (dashed), as shares of the hours.");
    if (report.hoursByClass().isEmpty()) {
      blocks.paragraph("No departments with tasks are in scope: nothing to draw.");
      return;
    }
    float width = blocks.document().right() - blocks.document().left();
    Image trend = charts.trend(report, report.chosen(), width, 250);
    blocks.document().add(trend);
    legend();
    List<BoardReport.ClassHours> largest = largestDepartments();
    blocks.heading("Hours by task class per department");
    blocks.note((largest.size() < report.hoursByClass().size()
        ? "The " + largest.size() + " departments with the most hours. " : "")
        + "A department whose name is long or in a script the chart cannot draw shows its code, as in the"
        + " department table.");
    float height = Math.min(330, 70 + 16 * largest.size());
    blocks.document().add(charts.classes(largest, report.taskClasses(), width, height));
  }

  private void legend() {
    List<BoardReport.Series> scenarios = report.realisticByScenario();
    PdfPTable table = blocks.plainTable(new float[] {0.25f, 4, 0.25f, 4});
    List<PdfPCell> cells = new ArrayList<>();
    for (int s = 0; s < scenarios.size(); s++) {
      swatch(cells, Charts.scenarioColor(s), "Realistic substitution: " + scenarios.get(s).name());
    }
    swatch(cells, Charts.TECHNICAL, "Technically substitutable: " + report.cover().scenario());
    swatch(cells, Charts.NAIVE, "Naive exposure");
    if (cells.size() % 4 != 0) {
      cells.add(blank());
      cells.add(blank());
    }
    cells.forEach(table::addCell);
    blocks.document().add(table);
  }

  private void swatch(List<PdfPCell> cells, Color color, String label) {
    PdfPCell mark = new PdfPCell(blocks.fonts().text(" ", Blocks.SMALL));
    mark.setBackgroundColor(color);
    mark.setBorderWidth(3);
    mark.setBorderColor(Color.WHITE);
    cells.add(mark);
    PdfPCell text = blank();
    text.setPhrase(blocks.fonts().text(label, Blocks.SMALL));
    cells.add(text);
  }

  private PdfPCell blank() {
    PdfPCell cell = blocks.cell(blocks.fonts().text("", Blocks.SMALL), false);
    cell.setBorder(0);
    return cell;
  }

  private List<BoardReport.ClassHours> largestDepartments() {
    List<BoardReport.ClassHours> all = new ArrayList<>(report.hoursByClass());
    all.sort((a, b) -> Double.compare(total(b), total(a)));
    List<BoardReport.ClassHours> largest = new ArrayList<>(all.subList(0, Math.min(CHART_DEPARTMENTS, all.size())));
    largest.sort((a, b) -> a.code().compareTo(b.code()));
    return largest;
  }

  private static double total(BoardReport.ClassHours department) {
    return department.hours().stream().mapToDouble(Double::doubleValue).sum();
  }
}
