package org.tacit.infrastructure.reports;

import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import java.util.List;
import org.tacit.domain.report.BoardReport;
import org.tacit.domain.report.BoardReport.Amount;
import org.tacit.domain.report.BoardReport.Contribution;
import org.tacit.domain.report.BoardReport.Cover;
import org.tacit.domain.report.BoardReport.HeldBack;
import org.tacit.domain.report.BoardReport.YearFigures;

/**
 * The cover, the executive summary with its headline figures, their range across the presets and
 * what holds them back, and the page beside the US economy.
 */
final class SummaryPages {

  private final Blocks blocks;
  private final Formats formats;
  private final BoardReport report;

  SummaryPages(Blocks blocks, Formats formats, BoardReport report) {
    this.blocks = blocks;
    this.formats = formats;
    this.report = report;
  }

  void cover() {
    Cover cover = report.cover();
    blocks.title(formats.text("cover.title"));
    blocks.add(
        blocks
            .fonts()
            .phrase(formats.text("cover.subtitle", cover.scenario()), 14, false, Typefaces.MUTED));
    PdfPTable facts = blocks.plainTable(new float[] {1.2f, 3.8f});
    facts.setSpacingBefore(24);
    fact(facts, formats.text("cover.scope"), cover.scope());
    fact(
        facts,
        formats.text("cover.counted"),
        formats.text("cover.countedValue", cover.departments(), cover.roles(), cover.tasks()));
    fact(facts, formats.text("cover.scenario"), cover.scenario());
    fact(
        facts,
        formats.text("cover.years"),
        report.years().get(0) + "–" + report.years().get(report.years().size() - 1));
    fact(facts, formats.text("cover.date"), formats.date(cover.date()));
    fact(
        facts,
        formats.text("cover.ruleSet"),
        cover.ruleSetPublishedOn() == null
            ? formats.text("cover.ruleSetVersion", Formats.year(cover.ruleSetVersion()))
            : formats.text(
                "cover.ruleSetPublished",
                Formats.year(cover.ruleSetVersion()),
                formats.date(cover.ruleSetPublishedOn()),
                cover.ruleSetPublishedBy()));
    blocks.document().add(facts);
    YearFigures last = report.last();
    blocks.add(
        blocks
            .fonts()
            .phrase(
                formats.text(
                    "cover.headline",
                    Formats.year(last.year()),
                    formats.share(last.realistic().share()),
                    formats.fte(last.realistic().fte()),
                    acrossPresets(report.ranges().realistic()),
                    formats.share(last.technical().share()),
                    acrossPresets(report.ranges().technical()),
                    formats.share(last.naive().share())),
                12,
                true,
                Typefaces.INK));
    blocks.paragraph(formats.text("cover.threeFigures"));
  }

  void summary() {
    blocks.document().newPage();
    blocks.heading(formats.text("summary.title"));
    sentence();
    headline();
    why();
    leadingDepartments();
  }

  private void sentence() {
    YearFigures last = report.last();
    if (!(last.hours() > 0)) {
      blocks.paragraph(formats.text("summary.noHours"));
      return;
    }
    blocks.paragraph(
        formats.text(
            "summary.sentence",
            Formats.year(last.year()),
            report.cover().scenario(),
            formats.share(last.realistic().share()),
            acrossPresets(report.ranges().realistic()),
            formats.hours(last.hours()),
            formats.fte(last.realistic().fte()),
            formats.fte(last.fte()),
            formats.share(last.naive().share()),
            Formats.year(report.now().year()),
            formats.share(report.now().realistic().share())));
  }

  private void headline() {
    YearFigures now = report.now();
    YearFigures last = report.last();
    PdfPTable table =
        blocks.table(
            new float[] {2.2f, 0.95f, 0.8f, 1.05f, 0.95f, 0.85f, 1.05f, 1.45f},
            List.of(
                "",
                headline("share", now),
                headline("fte", now),
                headline("cost", now),
                headline("share", last),
                headline("fte", last),
                headline("cost", last),
                formats.text("headline.across", Formats.year(report.ranges().year()))),
            1,
            2,
            3,
            4,
            5,
            6,
            7);
    figure(table, formats.text("figure.naive"), now.naive(), last.naive(), Formats.NONE);
    figure(
        table,
        formats.text("figure.technical"),
        now.technical(),
        last.technical(),
        formats.range(report.ranges().technical()));
    figure(
        table,
        formats.text("figure.realistic"),
        now.realistic(),
        last.realistic(),
        formats.range(report.ranges().realistic()));
    blocks.finish(table);
    blocks.note(
        formats.text(
            "headline.note",
            formats.hours(last.hours()),
            formats.fte(last.fte()),
            formats.cost(last.cost()),
            Formats.year(report.ranges().year()),
            presetNames()));
  }

  private void figure(PdfPTable table, String name, Amount now, Amount last, String range) {
    blocks.row(
        table,
        List.of(
            name,
            formats.share(now.share()),
            formats.fte(now.fte()),
            formats.cost(now.cost()),
            formats.share(last.share()),
            formats.fte(last.fte()),
            formats.cost(last.cost()),
            range),
        1,
        2,
        3,
        4,
        5,
        6,
        7);
  }

  /** "Share 2030": a column head of the headline table. */
  private String headline(String key, YearFigures year) {
    return formats.text("headline." + key, Formats.year(year.year()));
  }

  /** "4.5%–31% across the presets". */
  private String acrossPresets(BoardReport.Range range) {
    return formats.text("acrossPresets", formats.range(range));
  }

  /** Which presets give the ends of the realistic range, as the note names them. */
  private String presetNames() {
    BoardReport.Range r = report.ranges().realistic();
    return r.low() == null || r.low().equals(r.high())
        ? ""
        : formats.text("headline.presetNames", r.lowScenario(), r.highScenario());
  }

  /**
   * Why this number: the hours that are not realistic substitution, split by what holds them back,
   * with realistic substitution beside them so the table adds up to every hour in scope.
   */
  private void why() {
    HeldBack held = report.heldBack();
    YearFigures last = report.last();
    Double rest = last.realistic().share() == null ? null : 1 - last.realistic().share();
    blocks.subheading(formats.text("why.title", formats.share(rest), Formats.year(last.year())));
    PdfPTable table =
        blocks.table(
            new float[] {5.2f, 1.1f, 0.8f, 0.9f},
            List.of(
                formats.text("why.reason"),
                formats.text("col.hours"),
                formats.text("col.fte"),
                formats.text("col.share")),
            1,
            2,
            3);
    for (int r = 0; r < held.reasons().size(); r++) {
      amount(table, HeldBackWords.full(r, formats), held.reasons().get(r));
    }
    amount(table, formats.text("figure.realistic"), last.realistic());
    blocks.row(
        table,
        List.of(
            formats.text("why.allHours"),
            formats.hours(last.hours()),
            formats.fte(last.fte()),
            formats.share(last.hours() > 0 ? 1.0 : null)),
        1,
        2,
        3);
    blocks.finish(table);
    blocks.note(formats.text("why.note"));
  }

  private void amount(PdfPTable table, String reason, Amount amount) {
    blocks.row(
        table,
        List.of(
            reason,
            formats.hours(amount.hours()),
            formats.fte(amount.fte()),
            formats.share(amount.share())),
        1,
        2,
        3);
  }

  private void leadingDepartments() {
    if (!report.leadingDepartments().isEmpty()) {
      blocks.subheading(formats.text("leading.title", Formats.year(report.last().year())));
      PdfPTable leading =
          blocks.table(
              new float[] {4, 1.2f, 1},
              List.of(
                  formats.text("col.department"),
                  formats.text("col.fte"),
                  formats.text("leading.ofTotal")),
              1,
              2);
      for (Contribution c : report.leadingDepartments()) {
        blocks.row(
            leading,
            List.of(c.department(), formats.fte(c.fte()), formats.share(c.shareOfRealistic())),
            1,
            2);
      }
      blocks.finish(leading);
    }
  }

  /** This organisation beside the US economy and the published estimates, on a page of its own. */
  void economy() {
    BoardReport.Economy economy = report.economy();
    if (economy == null) {
      return;
    }
    blocks.document().newPage();
    blocks.heading(formats.text("economy.title"));
    blocks.paragraph(economy.basis());
    PdfPTable table =
        blocks.table(
            new float[] {4, 1.3f, 1.3f},
            List.of(
                formats.text("economy.figure"),
                formats.text("economy.ours"),
                formats.text("economy.theirs")),
            1,
            2);
    for (BoardReport.EconomyLine line : economy.lines()) {
      blocks.row(
          table,
          List.of(
              line.figure(),
              formats.share(line.organisation()),
              line.economy() != null
                  ? formats.share(line.economy())
                  : economy.note() == null ? Formats.NONE : formats.text("economy.notAvailable")),
          1,
          2);
    }
    blocks.finish(table);
    blocks.note(
        formats.text("economy.coverageNote")
            + (economy.employmentCounted() == null
                ? ""
                : " "
                    + formats.text(
                        "economy.employment", formats.share(economy.employmentCounted()))));
    if (economy.note() != null) {
      blocks.note("* " + economy.note() + ".");
    }
    blocks.subheading(formats.text("economy.estimates"));
    for (BoardReport.Estimate estimate : economy.estimates()) {
      Paragraph p = new Paragraph();
      p.add(
          blocks
              .fonts()
              .bold(
                  (estimate.share()
                          ? formats.share(estimate.figure())
                          : formats.plain(estimate.figure()))
                      + "  "
                      + estimate.name()
                      + ". ",
                  Blocks.BODY));
      p.add(blocks.fonts().text(estimate.measures() + " ", Blocks.BODY));
      p.add(blocks.fonts().muted(estimate.citation(), Blocks.SMALL));
      p.setLeading(Blocks.BODY * 1.35f);
      p.setSpacingAfter(5);
      p.setKeepTogether(true);
      blocks.document().add(p);
    }
  }

  private void fact(PdfPTable table, String name, String value) {
    PdfPCell label = blocks.cell(blocks.fonts().muted(name, Blocks.BODY), false);
    PdfPCell text = blocks.cell(blocks.fonts().text(value, Blocks.BODY + 1), false);
    table.addCell(label);
    table.addCell(text);
  }
}
