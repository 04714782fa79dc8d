package org.tacit.infrastructure.reports;

import com.lowagie.text.Document;
import com.lowagie.text.PageSize;
import com.lowagie.text.pdf.PdfWriter;
import java.io.OutputStream;
import java.util.Locale;
import org.tacit.domain.report.BoardReport;

/**
 * Writes the board report as an A4 PDF: cover, executive summary (with the range of the headline
 * across the presets and what holds it back), what would change the figures, how sure the headline
 * is, the US economy, charts, department and role tables, the tasks that weigh most, the scenario's
 * assumptions and the method appendix, with "Page n of m" on every page. Pages go to {@code out} as
 * they fill, so memory stays flat however many roles there are; {@code out} is left open for the
 * caller.
 */
public final class BoardPdf {

  private BoardPdf() {}

  /**
   * In {@code locale}'s language (English where the bundle has none), numbers and the date as it
   * writes them.
   */
  public static void write(BoardReport report, Locale locale, OutputStream out) {
    Document document = new Document(PageSize.A4, 50, 50, 50, 60);
    PdfWriter writer = PdfWriter.getInstance(document, out);
    writer.setCloseStream(false);
    Typefaces fonts = new Typefaces();
    Formats formats = new Formats(locale);
    writer.setPageEvent(new PageFooter(fonts.regular(), formats.text("title"), formats));
    document.addTitle(formats.text("documentTitle", report.cover().scenario()));
    document.addCreator("Tacit");
    document.open();
    Blocks blocks = new Blocks(document, fonts);
    SummaryPages summary = new SummaryPages(blocks, formats, report);
    summary.cover();
    summary.summary();
    Charts charts = new Charts(writer, fonts, formats);
    CertaintyPages certainty = new CertaintyPages(blocks, formats, report);
    certainty.openAnswers();
    certainty.sensitivity(charts);
    summary.economy();
    new ChartPages(blocks, formats, report).draw(charts);
    FigureTables tables = new FigureTables(blocks, formats, report);
    tables.departments();
    tables.roles();
    tables.tasks();
    AppendixPages appendix = new AppendixPages(blocks, formats, report);
    appendix.assumptions();
    appendix.method();
    document.close();
  }
}
