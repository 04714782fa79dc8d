package org.tacit.infrastructure.imports;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Optional;
import javax.xml.parsers.ParserConfigurationException;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.model.StylesTable;
import org.tacit.domain.model.inventory.imports.ImportProblem;
import org.tacit.domain.model.inventory.imports.ImportProgress;
import org.tacit.domain.model.inventory.imports.ImportResult;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;

/**
 * Reads the first sheet of an inventory workbook with POI's event API, row by row, instead of
 * loading the whole workbook as {@code XSSFWorkbook} would. Formula cells give the value the
 * spreadsheet program last computed and stored; nothing is ever evaluated here, so a formula can
 * neither run nor change what was imported.
 *
 * <p>A workbook is a ZIP of XML parts, so it is held to {@link XlsxLimits} as well: its archive is
 * looked over first ({@link XlsxArchive}), its shared texts go to a temporary file ({@link
 * SpooledSharedStrings}), no cell may hold more than a set number of characters ({@link
 * CellTextCap}), and POI's own guards refuse any part that unpacks too far.
 */
public final class XlsxInventoryReader {

  static {
    // POI's zip-bomb guards exist only as JVM-wide statics, checked whenever POI unpacks a part;
    // they
    // are set here, once, before any workbook is opened. POI sits in the EAR's lib/, so they reach
    // this application alone.
    ZipSecureFile.setMinInflateRatio(XlsxLimits.MIN_INFLATE_RATIO);
    ZipSecureFile.setMaxEntrySize(XlsxLimits.MAX_ENTRY_BYTES);
  }

  private final XlsxLimits workbookLimits;

  public XlsxInventoryReader() {
    this(XlsxLimits.defaults());
  }

  public XlsxInventoryReader(XlsxLimits workbookLimits) {
    this.workbookLimits = workbookLimits;
  }

  public ImportResult read(Path file, ImportLimits limits) {
    return read(file, limits, ImportProgress.NONE);
  }

  public ImportResult read(Path file, ImportLimits limits, ImportProgress progress) {
    RowFeed feed = new RowFeed(limits, progress);
    try {
      Optional<ImportProblem> refused = XlsxArchive.check(file, workbookLimits);
      if (refused.isPresent()) {
        feed.refuse(refused.get());
        return feed.result();
      }
      try (OPCPackage workbook = OPCPackage.open(file.toFile(), PackageAccess.READ)) {
        readFirstSheet(workbook, feed);
      }
    } catch (SheetRows.Stop stop) {
      // The row limit was reached; the feed says so.
    } catch (IOException
        | OpenXML4JException
        | SAXException
        | ParserConfigurationException
        | RuntimeException e) {
      // POI signals a damaged or foreign file with many unchecked exceptions; all mean the same,
      // unless one of them, perhaps wrapped by POI or the XML parser, is a limit that was passed.
      refusal(e)
          .ifPresentOrElse(
              feed::refuse,
              () ->
                  feed.fail(
                      ImportProblem.ofFile(
                          ImportProblem.saying("unreadableWorkbook", e.getMessage()))));
    }
    return feed.result();
  }

  private void readFirstSheet(OPCPackage workbook, RowFeed feed)
      throws IOException, OpenXML4JException, SAXException, ParserConfigurationException {
    XSSFReader parts = new XSSFReader(workbook);
    Iterator<InputStream> sheets = parts.getSheetsData();
    if (!sheets.hasNext()) {
      feed.fail(ImportProblem.ofFile(ImportProblem.saying("noSheet")));
      return;
    }
    StylesTable styles = styles(parts);
    try (SpooledSharedStrings strings = sharedStrings(parts)) {
      XMLReader parser = new CellTextCap(XMLHelper.newXMLReader(), workbookLimits);
      parser.setContentHandler(
          new XSSFSheetXMLHandler(
              styles, null, strings, new SheetRows(feed), new PlainNumbers(), false));
      try (InputStream firstSheet = sheets.next()) {
        parser.parse(new InputSource(firstSheet));
      }
    }
  }

  /**
   * The cell formats, read whole into memory and so held to the part limit whatever the part is
   * named. Without a styles part no cell has a format, and numbers would bypass PlainNumbers.
   */
  private StylesTable styles(XSSFReader parts) throws IOException, OpenXML4JException {
    InputStream part = parts.getStylesData();
    if (part == null) {
      return new StylesTable();
    }
    try (InputStream limited =
        new PartLimit(part, workbookLimits.maxPartBytes(), "holding the cell styles")) {
      return new StylesTable(limited);
    }
  }

  private SpooledSharedStrings sharedStrings(XSSFReader parts)
      throws IOException, SAXException, ParserConfigurationException {
    InputStream part;
    try {
      part = parts.getSharedStringsData();
    } catch (OpenXML4JException | IllegalArgumentException noSharedStrings) {
      return SpooledSharedStrings.none();
    }
    if (part == null) {
      return SpooledSharedStrings.none();
    }
    try (part) {
      return SpooledSharedStrings.read(part, workbookLimits);
    }
  }

  /** Refuses a part read whole into memory once it passes the limit. */
  private final class PartLimit extends FilterInputStream {
    private final long limit;
    private final String part;
    private long read;

    PartLimit(InputStream in, long limit, String part) {
      super(in);
      this.limit = limit;
      this.part = part;
    }

    @Override
    public int read() throws IOException {
      int b = super.read();
      count(b < 0 ? -1 : 1);
      return b;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
      return count(super.read(b, off, len));
    }

    private int count(int n) {
      if (n > 0 && (read += n) > limit) {
        throw new XlsxRefusal(workbookLimits.partTooLarge(part));
      }
      return n;
    }
  }

  /**
   * The limit a failure stands for, if any: one of ours, or POI's ZIP guard, which says so in its
   * message only ("Zip bomb detected! ...").
   */
  private static Optional<ImportProblem> refusal(Throwable e) {
    for (Throwable cause = e; cause != null; cause = cause.getCause()) {
      if (cause instanceof XlsxRefusal refusal) {
        return Optional.of(refusal.problem());
      }
      if (cause.getMessage() != null && cause.getMessage().startsWith("Zip bomb detected")) {
        return Optional.of(XlsxLimits.unpacksTooFar());
      }
    }
    return Optional.empty();
  }
}
