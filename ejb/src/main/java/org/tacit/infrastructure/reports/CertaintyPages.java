package org.tacit.infrastructure.reports;

import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import java.util.ArrayList;
import java.util.List;
import org.tacit.domain.report.BoardReport;
import org.tacit.domain.report.BoardReport.OpenAnswer;
import org.tacit.domain.report.BoardReport.PresetRanges;
import org.tacit.domain.report.BoardReport.Sensitivity;
import org.tacit.domain.report.BoardReport.Setting;
import org.tacit.domain.report.BoardReport.SwingLine;

/**
 * What would change the figures (the answers HR could give that would release the most hours) and
 * how sure the headline is (its range across the presets and how far each assumption moves it), a
 * page each.
 */
final class CertaintyPages {

  private final Blocks blocks;
  private final Formats formats;
  private final BoardReport report;

  CertaintyPages(Blocks blocks, Formats formats, BoardReport report) {
    this.blocks = blocks;
    this.formats = formats;
    this.report = report;
  }

  void openAnswers() {
    blocks.document().newPage();
    int year = report.last().year();
    blocks.heading(formats.text("open.title"));
    List<OpenAnswer> open = report.openAnswers();
    if (open.isEmpty()) {
      blocks.paragraph(formats.text("open.none", Formats.year(year)));
      return;
    }
    blocks.paragraph(formats.text("open.intro", Formats.year(year)));
    PdfPTable list = blocks.plainTable(new float[] {0.35f, 9.65f});
    for (int n = 0; n < open.size(); n++) {
      OpenAnswer answer = open.get(n);
      Phrase text = blocks.fonts().text(sentence(answer) + "\n", Blocks.BODY);
      text.add(
          blocks
              .fonts()
              .muted(formats.text("open.largestTask", answer.largestTask()), Blocks.SMALL));
      list.addCell(item(blocks.fonts().text((n + 1) + ".", Blocks.BODY)));
      list.addCell(item(text));
    }
    blocks.finish(list);
  }

  private PdfPCell item(Phrase phrase) {
    PdfPCell cell = blocks.cell(phrase, false);
    cell.setBorder(0);
    cell.setPaddingBottom(6);
    cell.setLeading(0, 1.3f);
    return cell;
  }

  /** "6 tasks of Accountant (Finance) have no length: 1,480 hours a year wait on them. …" */
  String sentence(OpenAnswer a) {
    return formats.text(
        "open." + a.kind().name(), a.tasks(), a.role(), a.department(), formats.hours(a.hours()));
  }

  void sensitivity(Charts charts) {
    blocks.document().newPage();
    blocks.heading(formats.text("sensitivity.title"));
    Sensitivity s = report.sensitivity();
    blocks.paragraph(
        formats.text(
            "sensitivity.intro",
            Formats.year(s.year()),
            formats.preciseShare(s.share()),
            s.scenario()));
    List<String> labels = new ArrayList<>();
    for (SwingLine swing : s.swings()) {
      labels.add(
          swing.assumption()
              + "\n"
              + value(swing.cautiousValue())
              + " | "
              + value(swing.fastValue()));
    }
    float width = blocks.document().right() - blocks.document().left();
    if (!labels.isEmpty()) {
      blocks
          .document()
          .add(charts.sensitivity(s, labels, width, Math.min(400, 90 + 46 * labels.size())));
    }
    String realistic = formats.text("sensitivity.realistic", Formats.year(s.year()));
    PdfPTable table =
        blocks.table(
            new float[] {3.6f, 1.2f, 1.1f, 1.2f, 1.1f},
            List.of(
                formats.text("col.assumption"),
                formats.text("sensitivity.cautious"),
                realistic,
                formats.text("sensitivity.fast"),
                realistic),
            2,
            4);
    for (SwingLine swing : s.swings()) {
      blocks.row(
          table,
          List.of(
              swing.assumption(),
              value(swing.cautiousValue()),
              formats.preciseShare(swing.cautious()),
              value(swing.fastValue()),
              formats.preciseShare(swing.fast())),
          2,
          4);
    }
    blocks.finish(table);
    PresetRanges ranges = report.ranges();
    blocks.paragraph(
        formats.text(
            "sensitivity.presets",
            Formats.year(ranges.year()),
            across(ranges.realistic()),
            across(ranges.technical())));
  }

  /** "from 4.5% (Cautious) to 31% (Fast)", or the one share all presets give. */
  private String across(BoardReport.Range range) {
    if (range.low() == null || range.high() == null) {
      return formats.text("across.none");
    }
    if (range.low().equals(range.high())) {
      return formats.text("across.same", formats.share(range.low()));
    }
    return formats.text(
        "across.range",
        formats.share(range.low()),
        range.lowScenario(),
        formats.share(range.high()),
        range.highScenario());
  }

  private String value(Setting setting) {
    if (setting.value() == null) {
      return formats.text("setting.never");
    }
    double v = setting.value();
    return switch (setting.unit()) {
      case SHARE -> formats.share(v);
      case MONTHS -> formats.text("setting.months", v);
      case YEARS -> formats.text("setting.years", v);
      case YEAR -> Integer.toString((int) v);
      case ERROR_COST -> formats.plain(v);
    };
  }
}
