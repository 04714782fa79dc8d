package org.tacit.infrastructure.reports;

import com.lowagie.text.Document;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfPageEventHelper;
import com.lowagie.text.pdf.PdfTemplate;
import com.lowagie.text.pdf.PdfWriter;

/**
 * "Page n of m" ("Seite n von m") at the foot of every page, with the report's title beside it. The
 * total is known only when the document closes, so every page shows one shared template that is
 * filled in then: the pages before have long been written to the stream.
 */
final class PageFooter extends PdfPageEventHelper {

  private static final float SIZE = 7.5f;

  /** Room below the baseline in the template, so descenders are not cut off. */
  private static final float DROP = 2;

  private final BaseFont font;
  private final String title;
  private final Formats formats;
  private PdfTemplate total;

  PageFooter(BaseFont font, String title, Formats formats) {
    this.font = font;
    this.title = title;
    this.formats = formats;
  }

  @Override
  public void onOpenDocument(PdfWriter writer, Document document) {
    total = writer.getDirectContent().createTemplate(40, SIZE + DROP);
  }

  @Override
  public void onEndPage(PdfWriter writer, Document document) {
    PdfContentByte canvas = writer.getDirectContent();
    String page = formats.text("footer.page", Formats.year(writer.getPageNumber()));
    float y = document.bottom() - 24;
    float width = font.getWidthPoint(page, SIZE);
    float x = document.right() - width - font.getWidthPoint("0000", SIZE);
    canvas.saveState();
    canvas.beginText();
    canvas.setFontAndSize(font, SIZE);
    canvas.setColorFill(Typefaces.MUTED);
    canvas.setTextMatrix(document.left(), y);
    canvas.showText(title);
    canvas.setTextMatrix(x, y);
    canvas.showText(page);
    canvas.endText();
    canvas.addTemplate(total, x + width, y - DROP);
    canvas.restoreState();
  }

  @Override
  public void onCloseDocument(PdfWriter writer, Document document) {
    total.beginText();
    total.setFontAndSize(font, SIZE);
    total.setColorFill(Typefaces.MUTED);
    total.setTextMatrix(0, DROP);
    total.showText(Integer.toString(writer.getPageNumber() - 1));
    total.endText();
  }
}
