package org.tacit.infrastructure.reports;

import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import java.awt.Color;
import java.util.List;

/**
 * The report's building blocks: headings, paragraphs and tables in one type scale and one quiet
 * style, so every section looks like the others. Long tables are added to the document in slices of
 * fifty rows (a row moves to the next page whole), so a page is written to the stream once full
 * instead of the whole table waiting in memory.
 */
final class Blocks {

  static final float BODY = 9f;
  static final float SMALL = 7.5f;
  private static final Color RULE = new Color(0xcc, 0xcc, 0xcc);
  private static final Color HEADER = new Color(0xee, 0xf2, 0xf6);
  private static final int ROWS_PER_SLICE = 50;
  private static final float SPACING_AFTER = 8;

  private final Document document;
  private final Typefaces fonts;

  Blocks(Document document, Typefaces fonts) {
    this.document = document;
    this.fonts = fonts;
  }

  Typefaces fonts() {
    return fonts;
  }

  Document document() {
    return document;
  }

  void title(String text) {
    Paragraph p = new Paragraph(fonts.bold(text, 22));
    p.setSpacingAfter(10);
    document.add(p);
  }

  void heading(String text) {
    Paragraph p = new Paragraph(fonts.bold(text, 13));
    p.setSpacingBefore(12);
    p.setSpacingAfter(6);
    p.setKeepTogether(true);
    document.add(p);
  }

  void subheading(String text) {
    Paragraph p = new Paragraph(fonts.bold(text, 10));
    p.setSpacingBefore(8);
    p.setSpacingAfter(4);
    document.add(p);
  }

  /** A subheading with its text, never parted by a page break. */
  void together(String heading, String text) {
    Paragraph p = new Paragraph(fonts.bold(heading + "\n", 10));
    p.add(fonts.text(text, BODY));
    p.setLeading(BODY * 1.35f);
    p.setSpacingBefore(8);
    p.setKeepTogether(true);
    document.add(p);
  }

  void paragraph(String text) {
    add(fonts.text(text, BODY));
  }

  void note(String text) {
    add(fonts.muted(text, SMALL));
  }

  void add(Phrase phrase) {
    Paragraph p = new Paragraph(phrase); // takes the phrase's font, also for the spacing it adds
    p.setLeading(phrase.getFont().getSize() * 1.35f);
    p.setSpacingAfter(4);
    document.add(p);
  }

  /**
   * A table of {@code widths} (relative) with one header row that repeats on every page it spans.
   */
  PdfPTable table(float[] widths, List<String> header, int... rightAligned) {
    PdfPTable table = plainTable(widths);
    table.setHeaderRows(1);
    for (int c = 0; c < header.size(); c++) {
      PdfPCell cell = cell(fonts.bold(header.get(c), SMALL), contains(rightAligned, c));
      cell.setBackgroundColor(HEADER);
      table.addCell(cell);
    }
    return table;
  }

  /** A full-width table without a header. */
  PdfPTable plainTable(float[] widths) {
    PdfPTable table = new PdfPTable(widths);
    table.setWidthPercentage(100);
    table.setSpacingBefore(4);
    table.setSpacingAfter(SPACING_AFTER);
    return table;
  }

  /** A table whose rows arrive one by one; {@link #row} writes a slice out every so many rows. */
  PdfPTable longTable(float[] widths, List<String> header, int... rightAligned) {
    PdfPTable table = table(widths, header, rightAligned);
    table.setComplete(false);
    return table;
  }

  void row(PdfPTable table, List<String> values, int... rightAligned) {
    for (int c = 0; c < values.size(); c++) {
      table.addCell(cell(fonts.text(values.get(c), SMALL), contains(rightAligned, c)));
    }
    if (!table.isComplete() && table.size() > ROWS_PER_SLICE) {
      table.setSpacingAfter(0); // slices join without a gap
      document.add(table); // writes the rows out and keeps the header for the next slice
      table.setSpacingBefore(0);
    }
  }

  /** Adds a table, the last slice of a long one included. */
  void finish(PdfPTable table) {
    table.setComplete(true);
    table.setSpacingAfter(SPACING_AFTER);
    document.add(table);
  }

  PdfPCell cell(Phrase content, boolean right) {
    PdfPCell cell = new PdfPCell(content);
    cell.setBorder(Rectangle.BOTTOM);
    cell.setBorderColor(RULE);
    cell.setBorderWidth(0.5f);
    cell.setPaddingTop(2.5f);
    cell.setPaddingLeft(3);
    cell.setPaddingRight(3);
    cell.setPaddingBottom(4f);
    cell.setHorizontalAlignment(right ? Element.ALIGN_RIGHT : Element.ALIGN_LEFT);
    return cell;
  }

  private static boolean contains(int[] columns, int column) {
    for (int c : columns) {
      if (c == column) {
        return true;
      }
    }
    return false;
  }
}
