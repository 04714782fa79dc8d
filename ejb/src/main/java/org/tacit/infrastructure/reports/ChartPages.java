package org.tacit.infrastructure.reports;

import com.lowagie.text.Image;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import java.awt.Color;
import java.util.ArrayList;
import java.util.List;
import org.tacit.domain.report.BoardReport;

/**
 * The page of charts: realistic substitution by year under every scenario, with its legend set as
 * text (scenario names may be in any script), and the hours by task class of the largest
 * departments.
 */
final class ChartPages {

  private static final int CHART_DEPARTMENTS = 15;

  private final Blocks blocks;
  private final Formats formats;
  private final BoardReport report;

  ChartPages(Blocks blocks, Formats formats, BoardReport report) {
    this.blocks = blocks;
    this.formats = formats;
    this.report = report;
  }

  void draw(Charts charts) {
    blocks.document().newPage();
    blocks.heading(formats.text("charts.title"));
    blocks.note(formats.text("charts.note"));
    if (report.hoursByClass().isEmpty()) {
      blocks.paragraph(formats.text("charts.nothing"));
      return;
    }
    float width = blocks.document().right() - blocks.document().left();
    Image trend = charts.trend(report, report.chosen(), width, 250);
    blocks.document().add(trend);
    legend();
    List<BoardReport.ClassHours> largest = largestDepartments();
    blocks.heading(formats.text("classes.title"));
    blocks.note(
        (largest.size() < report.hoursByClass().size()
                ? formats.text("classes.largest", largest.size()) + " "
                : "")
            + formats.text("classes.note"));
    float height = Math.min(330, 70 + 16 * largest.size());
    blocks.document().add(charts.classes(largest, report.taskClasses(), width, height));
  }

  private void legend() {
    List<BoardReport.Series> scenarios = report.realisticByScenario();
    PdfPTable table = blocks.plainTable(new float[] {0.25f, 4, 0.25f, 4});
    List<PdfPCell> cells = new ArrayList<>();
    for (int s = 0; s < scenarios.size(); s++) {
      swatch(
          cells,
          Charts.scenarioColor(s),
          formats.text("charts.legendRealistic", scenarios.get(s).name()));
    }
    swatch(
        cells, Charts.TECHNICAL, formats.text("charts.legendTechnical", report.cover().scenario()));
    swatch(cells, Charts.NAIVE, formats.text("figure.naive"));
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
    List<BoardReport.ClassHours> largest =
        new ArrayList<>(all.subList(0, Math.min(CHART_DEPARTMENTS, all.size())));
    largest.sort((a, b) -> a.code().compareTo(b.code()));
    return largest;
  }

  private static double total(BoardReport.ClassHours department) {
    return department.hours().stream().mapToDouble(Double::doubleValue).sum();
  }
}
