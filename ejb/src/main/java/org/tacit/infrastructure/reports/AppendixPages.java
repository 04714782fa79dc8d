package org.tacit.infrastructure.reports;

import com.lowagie.text.pdf.PdfPTable;
import java.util.ArrayList;
import java.util.List;
import org.tacit.domain.report.BoardReport;
import org.tacit.domain.report.BoardReport.AssumptionLine;
import org.tacit.domain.report.BoardReport.CoverageLine;
import org.tacit.domain.report.BoardReport.Method;
import org.tacit.domain.report.BoardReport.RealWorkLine;
import org.tacit.domain.report.BoardReport.RuleLine;

/**
 * What the figures rest on: the scenario's assumptions with their defaults and sources, and the
 * method appendix (rule set, rules and why, the AI horizon and its check against real work, what
 * the figures do not know, O*NET's credit line).
 */
final class AppendixPages {

  private final Blocks blocks;
  private final Formats formats;
  private final BoardReport report;

  AppendixPages(Blocks blocks, Formats formats, BoardReport report) {
    this.blocks = blocks;
    this.formats = formats;
    this.report = report;
  }

  void assumptions() {
    blocks.document().newPage();
    blocks.heading(formats.text("assumptions.title"));
    blocks.note(formats.text("assumptions.note", report.cover().scenario()));
    PdfPTable table =
        blocks.table(
            new float[] {2.4f, 1.2f, 1.2f, 4.2f},
            List.of(
                formats.text("col.assumption"),
                formats.text("col.value"),
                formats.text("col.default"),
                formats.text("col.source")));
    for (AssumptionLine a : report.assumptions()) {
      blocks.row(
          table,
          List.of(a.name(), a.value() + (a.atDefault() ? "" : " *"), a.defaultValue(), a.source()));
    }
    blocks.finish(table);
  }

  void method() {
    Method method = report.method();
    blocks.document().newPage();
    blocks.heading(formats.text("method.title"));
    blocks.paragraph(
        formats.text(
            "method.axes",
            Formats.year(method.ruleSetVersion()),
            formats.plain(method.learningNeedThreshold()),
            formats.plain(method.automationReadinessThreshold()),
            formats.plain(method.estimateCredit())));
    blocks.paragraph(formats.text("method.substitutable"));
    horizon(method);
    PdfPTable rules =
        blocks.table(
            new float[] {1.9f, 1.75f, 0.8f, 1.05f, 0.95f, 3.95f},
            List.of(
                formats.text("col.rule"),
                formats.text("col.answerRead"),
                formats.text("col.axis"),
                formats.text("col.direction"),
                formats.text("col.weight"),
                formats.text("col.why")),
            4);
    for (RuleLine rule : method.rules()) {
      blocks.row(
          rules,
          List.of(
              rule.id(),
              rule.fact(),
              rule.axis(),
              formats.direction(rule.direction()),
              formats.plain(rule.weight()),
              rule.why()),
          4);
    }
    blocks.finish(rules);
    coverage(method.coverage());
    blocks.together(
        formats.text("method.sources"),
        method.attribution() == null ? formats.text("method.noOnet") : method.attribution());
  }

  /**
   * Where the horizon comes from, and whether it reproduces what AI is measured doing on real work.
   */
  private void horizon(Method method) {
    blocks.subheading(formats.text("horizon.title"));
    blocks.paragraph(formats.text("horizon.default", method.horizonSource()));
    for (RealWorkLine check : method.realWork()) {
      double ratio = check.predicted() / check.measured();
      String verdict =
          check.holds()
              ? formats.text("horizon.holds", formats.plain(check.factor()))
              : formats.text(
                  ratio > 1 ? "horizon.tooHopeful" : "horizon.tooCautious",
                  formats.plain(ratio),
                  formats.plain(check.factor()));
      blocks.paragraph(
          formats.text(
              "horizon.check",
              check.name(),
              formats.month(check.date()),
              formats.plain(check.typicalHours()),
              Formats.year(check.errorCost()),
              formats.share(check.predicted()),
              formats.share(check.measured()),
              verdict));
      blocks.note(formats.text("horizon.source", check.source()));
    }
  }

  private void coverage(CoverageLine c) {
    blocks.subheading(formats.text("coverage.title"));
    List<String> lines = new ArrayList<>();
    lines.add(formats.text("coverage.estimated", formats.share(c.estimatedShare())));
    lines.add(formats.text("coverage.unknownLength", formats.share(c.unknownLengthShare())));
    lines.add(formats.text("coverage.unscored", formats.share(c.unscoredShare())));
    lines.add(formats.text("coverage.derivedShare", c.tasksWithDerivedShare(), c.tasks()));
    lines.add(
        formats.text(
            "coverage.headcount", c.rolesWithoutHeadcount(), formats.fte(c.fteWithoutCost())));
    lines.add(formats.text("coverage.confidence", formats.share(c.confidence())));
    for (String line : lines) {
      blocks.paragraph("• " + line);
    }
  }
}
