package org.tacit.infrastructure.imports;

import org.xml.sax.Attributes;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;
import org.xml.sax.helpers.XMLFilterImpl;

/**
 * Stands between the XML parser and POI's sheet handler, which gathers a cell's text (inline
 * strings, formulas, values) in memory as it comes: once a cell, or the space between two cells,
 * passes {@link XlsxLimits#maxCellChars()}, reading stops with a clear problem instead of growing
 * without bound.
 */
final class CellTextCap extends XMLFilterImpl {

  private final int maxChars;
  private final XlsxLimits limits;
  private long chars;

  CellTextCap(XMLReader parser, XlsxLimits limits) {
    super(parser);
    this.maxChars = limits.maxCellChars();
    this.limits = limits;
  }

  @Override
  public void startElement(String uri, String localName, String qName, Attributes atts)
      throws SAXException {
    if ("c".equals(localName)
        || "row".equals(localName)
        || qName.endsWith(":c")
        || qName.endsWith(":row")) {
      chars = 0;
    }
    super.startElement(uri, localName, qName, atts);
  }

  @Override
  public void characters(char[] ch, int start, int length) throws SAXException {
    chars += length;
    if (chars > maxChars) {
      throw new XlsxRefusal(limits.cellTooLong());
    }
    super.characters(ch, start, length);
  }
}
