package org.tacit.infrastructure.reports;

import org.tacit.domain.report.BoardReport;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import java.util.List;
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
    blocks.title("Realistic AI substitution");
    blocks.add(blocks.fonts().phrase("Board report · scenario " + cover.scenario(), 14, false, Typefaces.MUTED));
    PdfPTable facts = blocks.plainTable(new float[] {1.2f, 3.8f});
    facts.setSpacingBefore(24);
    fact(facts, "Scope", cover.scope());
    fact(facts, "Counted", formats.hours((double) cover.departments()) + " departments, "
        + formats.hours((double) cover.roles()) + " roles, " + formats.hours((double) cover.tasks()) + " tasks");
    fact(facts, "Scenario", cover.scenario());
    fact(facts, "Years", report.years().get(0) + "–" + report.years().get(report.years().size() - 1));
    fact(facts, "Date", formats.date(cover.date()));
    fact(facts, "Rule set", "version " + cover.ruleSetVersion() + (cover.ruleSetPublishedOn() == null ? ""
        : ", published " + formats.date(cover.ruleSetPublishedOn()) + " by " + cover.ruleSetPublishedBy()));
    blocks.document().add(facts);
    YearFigures last = report.last();
    blocks.add(blocks.fonts().phrase("In " + last.year() + ": realistic substitution " + formats.share(last.realistic().share())
        + " (" + formats.fte(last.realistic().fte()) + " FTE; " + acrossPresets(report.ranges().realistic())
        + ") · technically substitutable " + formats.share(last.technical().share()) + " ("
        + acrossPresets(report.ranges().technical()) + ") · naive exposure " + formats.share(last.naive().share()), 12,
        true, Typefaces.INK));
    blocks.paragraph("Every figure comes in three: naive exposure (the hours of tasks today's AI could do in a"
        + " clean, written-down form), technically substitutable (the hours AI can do unaided in that year, given"
        + " what the task needs learned on the job and how long it runs) and realistic substitution (those hours"
        + " as far as they are put to use and become whole FTE). The last is the one to plan with.");
  }

  void summary() {
    blocks.document().newPage();
    blocks.heading("Executive summary");
    sentence();
    headline();
    why();
    leadingDepartments();
  }

  private void sentence() {
    YearFigures last = report.last();
    if (!(last.hours() > 0)) {
      blocks.paragraph("No working hours are in scope: the departments you may read have no roles with a headcount"
          + " and tasks yet. Add them in the inventory; every figure below stays empty until then.");
      return;
    }
    blocks.paragraph("In " + last.year() + ", under the scenario " + report.cover().scenario() + ", "
        + formats.share(last.realistic().share()) + " (" + acrossPresets(report.ranges().realistic()) + ") of the " + formats.hours(last.hours()) + " working hours a year ("
        + formats.fte(last.realistic().fte()) + " of " + formats.fte(last.fte()) + " FTE) are realistically"
        + " substitutable, against a naive exposure of " + formats.share(last.naive().share()) + ". Today ("
        + report.now().year() + ") the realistic figure is " + formats.share(report.now().realistic().share()) + ".");
  }

  private void headline() {
    YearFigures now = report.now();
    YearFigures last = report.last();
    PdfPTable table = blocks.table(new float[] {2.2f, 0.95f, 0.8f, 1.05f, 0.95f, 0.85f, 1.05f, 1.45f},
        List.of("", "Share " + now.year(), "FTE " + now.year(), "Cost " + now.year(), "Share " + last.year(),
            "FTE " + last.year(), "Cost " + last.year(), "Across the presets " + report.ranges().year()),
        1, 2, 3, 4, 5, 6, 7);
    figure(table, "Naive exposure", now.naive(), last.naive(), Formats.NONE);
    figure(table, "Technically substitutable", now.technical(), last.technical(),
        formats.range(report.ranges().technical()));
    figure(table, "Realistic substitution", now.realistic(), last.realistic(),
        formats.range(report.ranges().realistic()));
    blocks.finish(table);
    blocks.note("Of " + formats.hours(last.hours()) + " hours, " + formats.fte(last.fte()) + " FTE and a yearly cost of "
        + formats.cost(last.cost()) + " in scope. Cost is the roles' annual cost per FTE times the FTE, in the currency"
        + " the inventory gives it. Across the presets: the lowest and highest share in " + report.ranges().year()
        + " under the preset scenarios" + presetNames() + "; naive exposure is the same under every scenario.");
  }

  private void figure(PdfPTable table, String name, Amount now, Amount last, String range) {
    blocks.row(table, List.of(name, formats.share(now.share()), formats.fte(now.fte()), formats.cost(now.cost()),
        formats.share(last.share()), formats.fte(last.fte()), formats.cost(last.cost()), range), 1, 2, 3, 4, 5, 6, 7);
  }

  /** "4.0%–31.0% across the presets". */
  private String acrossPresets(BoardReport.Range range) {
    return formats.range(range) + " across the presets";
  }

  /** Which presets give the ends of the realistic range, as the note names them. */
  private String presetNames() {
    BoardReport.Range r = report.ranges().realistic();
    return r.low() == null || r.low().equals(r.high()) ? ""
        : " (for realistic substitution " + r.lowScenario() + " gives the lowest, " + r.highScenario() + " the highest)";
  }

  /**
   * Why this number: the hours that are not realistic substitution, split by what holds them back,
   * with realistic substitution beside them so the table adds up to every hour in scope.
   */
  private void why() {
    HeldBack held = report.heldBack();
    YearFigures last = report.last();
    Double rest = last.realistic().share() == null ? null : 1 - last.realistic().share();
    blocks.subheading("Why this number: what holds back the other " + formats.share(rest) + " of the hours in "
        + last.year());
    PdfPTable table = blocks.table(new float[] {5.2f, 1.1f, 0.8f, 0.9f}, List.of("Hours that are not realistic"
        + " substitution, by what holds them back", "Hours", "FTE", "Share"), 1, 2, 3);
    for (int r = 0; r < held.reasons().size(); r++) {
      amount(table, HeldBackWords.LONG.get(r), held.reasons().get(r));
    }
    amount(table, "Realistic substitution", last.realistic());
    blocks.row(table, List.of("All hours in scope", formats.hours(last.hours()), formats.fte(last.fte()),
        formats.share(last.hours() > 0 ? 1.0 : null)), 1, 2, 3);
    blocks.finish(table);
    blocks.note("Each task's hours count under the first reason that holds them, in this order; a task partly within"
        + " the horizon counts partly under length. Departments and roles are split the same way in their tables.");
  }

  private void amount(PdfPTable table, String reason, Amount amount) {
    blocks.row(table, List.of(reason, formats.hours(amount.hours()), formats.fte(amount.fte()),
        formats.share(amount.share())), 1, 2, 3);
  }

  private void leadingDepartments() {
    if (!report.leadingDepartments().isEmpty()) {
      blocks.subheading("The departments contributing most to realistic substitution in " + report.last().year());
      PdfPTable leading = blocks.table(new float[] {4, 1.2f, 1}, List.of("Department", "FTE", "Of the total"), 1, 2);
      for (Contribution c : report.leadingDepartments()) {
        blocks.row(leading, List.of(c.department(), formats.fte(c.fte()), formats.share(c.shareOfRealistic())), 1, 2);
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
    blocks.heading("Against the US economy and published estimates");
    blocks.paragraph(economy.basis());
    PdfPTable table = blocks.table(new float[] {4, 1.3f, 1.3f}, List.of("Share of working hours", "This organisation",
        "US economy"), 1, 2);
    for (BoardReport.EconomyLine line : economy.lines()) {
      blocks.row(table, List.of(line.figure(), formats.share(line.organisation()),
          line.economy() != null ? formats.share(line.economy()) : economy.note() == null ? Formats.NONE : "n/a*"), 1, 2);
    }
    blocks.finish(table);
    blocks.note("The two coverage lines say what the figures above them rest on: hours of tasks scored with at least"
        + " one estimated answer nobody has confirmed, and hours of tasks ready for AI whose length is unknown (the"
        + " economy's: tasks O*NET gives no frequency for), which never count as substitutable."
        + (economy.employmentCounted() == null ? "" : " The occupations counted carry "
            + formats.share(economy.employmentCounted()) + " of US employment."));
    if (economy.note() != null) {
      blocks.note("* " + economy.note() + ".");
    }
    blocks.subheading("Published estimates (none measures the same thing as these figures)");
    for (BoardReport.Estimate estimate : economy.estimates()) {
      Paragraph p = new Paragraph();
      p.add(blocks.fonts().bold((estimate.share() ? formats.share(estimate.figure())
          : formats.plain(estimate.figure())) + "  " + estimate.name() + ". ", Blocks.BODY));
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
