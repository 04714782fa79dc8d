package org.tacit.infrastructure.reports;

import org.tacit.domain.report.BoardReport;
import com.lowagie.text.pdf.PdfPTable;
import java.util.ArrayList;
import java.util.List;
import org.tacit.domain.report.BoardReport.AssumptionLine;
import org.tacit.domain.report.BoardReport.CoverageLine;
import org.tacit.domain.report.BoardReport.Method;
import org.tacit.domain.report.BoardReport.RealWorkLine;
import org.tacit.domain.report.BoardReport.RuleLine;

/**
 * What the figures rest on: the scenario's assumptions with their defaults and sources, and the
 * method appendix (rule set, rules and why, the AI horizon and its check against real work, what the
 * figures do not know, O*NET's credit line).
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
    blocks.heading("The scenario's assumptions");
    blocks.note("Each assumption of the scenario " + report.cover().scenario() + " beside its default and where the"
        + " default comes from. Changed values are marked *.");
    PdfPTable table = blocks.table(new float[] {2.4f, 1.2f, 1.2f, 4.2f},
        List.of("Assumption", "Value", "Default", "Source"));
    for (AssumptionLine a : report.assumptions()) {
      blocks.row(table, List.of(a.name(), a.value() + (a.atDefault() ? "" : " *"), a.defaultValue(), a.source()));
    }
    blocks.finish(table);
  }

  void method() {
    Method method = report.method();
    blocks.document().newPage();
    blocks.heading("Appendix: method");
    blocks.paragraph("Every task is scored on two axes, 0–100: learning need (L), how much doing it well depends on"
        + " learning on the job, and automation readiness (A), how far today's pre-trained AI can do it unaided."
        + " Each rule reads one answer of the task inventory; an axis is the weighed share of the points its known"
        + " answers earn. Rule set version " + method.ruleSetVersion() + ": learning need is high from "
        + formats.plain(method.learningNeedThreshold()) + ", automation readiness from "
        + formats.plain(method.automationReadinessThreshold()) + "; an estimated answer counts "
        + formats.plain(method.estimateCredit()) + " of a confirmed one towards confidence.");
    blocks.paragraph("A task is technically substitutable in a year when its automation readiness is high, its"
        + " learning need is low (or continual learning has arrived) and its length is known, in the share METR's"
        + " success curve gives its length against that year's AI horizon on real work at the reliability its error"
        + " cost demands: half at the horizon, more for shorter tasks, less for longer ones. Adoption and capture"
        + " turn those hours into realistic substitution: hours freed in fragments of many roles do not become whole"
        + " FTE.");
    horizon(method);
    PdfPTable rules = blocks.table(new float[] {1.9f, 2.3f, 0.55f, 1.05f, 0.75f, 3.85f},
        List.of("Rule", "Answer read", "Axis", "Direction", "Weight", "Why, and the source"), 4);
    for (RuleLine rule : method.rules()) {
      blocks.row(rules, List.of(rule.id(), rule.fact(), rule.axis(), rule.direction(), formats.plain(rule.weight()),
          rule.why()), 4);
    }
    blocks.finish(rules);
    coverage(method.coverage());
    blocks.together("Sources of the data", method.attribution() == null
        ? "No O*NET release is loaded: no O*NET content is used in these figures."
        : method.attribution());
  }

  /** Where the horizon comes from, and whether it reproduces what AI is measured doing on real work. */
  private void horizon(Method method) {
    blocks.subheading("The AI horizon, checked against real work");
    blocks.paragraph("The horizon's default: " + method.horizonSource() + ".");
    for (RealWorkLine check : method.realWork()) {
      double ratio = check.predicted() / check.measured();
      blocks.paragraph("Real-work check: the scenario's rule, applied to the " + check.name() + " ("
          + formats.month(check.date()) + ": work of about " + formats.plain(check.typicalHours()) + " hours, error cost "
          + check.errorCost() + "), predicts " + formats.share(check.predicted()) + " done to the client's standard,"
          + " against " + formats.share(check.measured()) + " measured: " + (check.holds()
              ? "within a factor of " + formats.plain(check.factor()) + ", so the check holds."
              : formats.plain(ratio) + " times the measured rate, beyond a factor of " + formats.plain(check.factor())
                  + ": the scenario's horizon on real work is " + (ratio > 1 ? "too hopeful." : "too cautious.")));
      blocks.note("Source: " + check.source() + ".");
    }
  }

  private void coverage(CoverageLine c) {
    blocks.subheading("What the figures do not know");
    List<String> lines = new ArrayList<>();
    lines.add(formats.share(c.estimatedShare()) + " of the hours are of tasks scored with at least one estimated"
        + " answer (from O*NET or derived) that nobody has confirmed.");
    lines.add(formats.share(c.unknownLengthShare()) + " of the hours are of tasks ready for AI whose length nobody has"
        + " given and O*NET cannot estimate: they are never counted as substitutable, so the technical and realistic"
        + " figures may be low.");
    lines.add(formats.share(c.unscoredShare()) + " of the hours are of tasks with too few answers to score: they count"
        + " in the hours only.");
    lines.add(formats.hours((double) c.tasksWithDerivedShare()) + " of " + formats.hours((double) c.tasks())
        + " tasks had no time share from their role and share equally what the given shares leave.");
    lines.add(formats.hours((double) c.rolesWithoutHeadcount()) + " roles have no headcount and count no hours; "
        + formats.fte(c.fteWithoutCost()) + " FTE have no annual cost and count no cost.");
    lines.add("The tasks' confidence, weighed by hours, is " + formats.share(c.confidence()) + ".");
    for (String line : lines) {
      blocks.paragraph("• " + line);
    }
  }
}
