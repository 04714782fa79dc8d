package org.tacit.infrastructure.reports;

import org.tacit.domain.report.BoardReport;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import java.util.ArrayList;
import java.util.List;
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
    blocks.heading("What would change the figures");
    List<OpenAnswer> open = report.openAnswers();
    if (open.isEmpty()) {
      blocks.paragraph("No open answer holds hours back in " + year + ": every task ready for AI has a length, and no"
          + " task held back rests on an estimate nobody has confirmed.");
      return;
    }
    blocks.paragraph("The answers HR could give that would release the most hours in " + year + ", largest first. Each"
        + " is given on the role's page in the inventory. An answer may move the figures either way: a task found"
        + " shorter than the horizon becomes substitutable, one found longer stays held back.");
    PdfPTable list = blocks.plainTable(new float[] {0.35f, 9.65f});
    for (int n = 0; n < open.size(); n++) {
      OpenAnswer answer = open.get(n);
      Phrase text = blocks.fonts().text(sentence(answer) + "\n", Blocks.BODY);
      text.add(blocks.fonts().muted("The task that would release most: " + answer.largestTask(), Blocks.SMALL));
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

  /** "6 tasks of Accountant (Finance) have no length: 1,480 hours a year wait on them." */
  String sentence(OpenAnswer a) {
    boolean one = a.tasks() == 1;
    String tasks = (one ? "1 task of " : a.tasks() + " tasks of ") + a.role() + " (" + a.department() + ") "
        + (one ? "has " : "have ");
    String them = one ? "it" : "them";
    String hours = formats.hours(a.hours()) + " hours a year wait on ";
    return switch (a.kind()) {
      case NO_LENGTH -> tasks + "no length: " + hours + them + ". Say how long " + (one ? "it takes." : "each takes.");
      case ESTIMATED_LENGTH -> tasks + "an estimated length nobody has confirmed, which keeps " + them + " beyond the"
          + " horizon: " + hours + "confirming or correcting it.";
      case ESTIMATED_LEARNING_NEED -> tasks + "estimated answers that say " + (one ? "it needs" : "they need")
          + " learning on the job: " + hours + "confirming or correcting them.";
      case UNSCORED -> tasks + "too few answers to be scored: " + hours + them + ". Answer " + (one ? "its" : "their")
          + " questions.";
    };
  }

  void sensitivity(Charts charts) {
    blocks.document().newPage();
    blocks.heading("How sure is the headline?");
    Sensitivity s = report.sensitivity();
    blocks.paragraph("Each pair of bars shows where the organisation's realistic substitution in " + s.year() + " ("
        + formats.preciseShare(s.share()) + " under the scenario " + s.scenario() + ", the vertical line) moves when one"
        + " assumption is set to its cautious value (orange) or its fast value (blue) and every other stays as it is;"
        + " the longest bars are the assumptions the headline rests on most.");
    List<String> labels = new ArrayList<>();
    for (SwingLine swing : s.swings()) {
      labels.add(swing.assumption() + "\n" + value(swing.cautiousValue()) + " | " + value(swing.fastValue()));
    }
    float width = blocks.document().right() - blocks.document().left();
    if (!labels.isEmpty()) {
      blocks.document().add(charts.sensitivity(s, labels, width, Math.min(400, 90 + 46 * labels.size())));
    }
    PdfPTable table = blocks.table(new float[] {3.6f, 1.2f, 1.1f, 1.2f, 1.1f}, List.of("Assumption", "Cautious value",
        "Realistic " + s.year(), "Fast value", "Realistic " + s.year()), 2, 4);
    for (SwingLine swing : s.swings()) {
      blocks.row(table, List.of(swing.assumption(), value(swing.cautiousValue()), formats.preciseShare(swing.cautious()),
          value(swing.fastValue()), formats.preciseShare(swing.fast())), 2, 4);
    }
    blocks.finish(table);
    PresetRanges ranges = report.ranges();
    blocks.paragraph("All assumptions at once, across the preset scenarios: realistic substitution in " + ranges.year()
        + " runs " + across(ranges.realistic()) + ", technically substitutable " + across(ranges.technical()) + ".");
  }

  /** "from 4.0% (Cautious) to 31.0% (Fast)", or the one share all presets give. */
  private String across(BoardReport.Range range) {
    if (range.low() == null || range.high() == null) {
      return "nowhere: no hours are in scope";
    }
    if (range.low().equals(range.high())) {
      return "at " + formats.share(range.low()) + " under every preset";
    }
    return "from " + formats.share(range.low()) + " (" + range.lowScenario() + ") to " + formats.share(range.high())
        + " (" + range.highScenario() + ")";
  }

  private String value(Setting setting) {
    if (setting.value() == null) {
      return "never";
    }
    double v = setting.value();
    return switch (setting.unit()) {
      case SHARE -> formats.share(v);
      case MONTHS -> formats.plain(v) + " months";
      case YEARS -> formats.plain(v) + " years";
      case YEAR -> Integer.toString((int) v);
      case ERROR_COST -> formats.plain(v);
    };
  }
}
