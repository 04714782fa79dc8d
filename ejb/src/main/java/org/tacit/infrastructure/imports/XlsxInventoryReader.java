package org.tacit.infrastructure.imports;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.Iterator;
import javax.xml.parsers.ParserConfigurationException;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
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
 */
public final class XlsxInventoryReader {

  public ImportResult read(Path file, ImportLimits limits) {
    return read(file, limits, ImportProgress.NONE);
  }

  public ImportResult read(Path file, ImportLimits limits, ImportProgress progress) {
    RowFeed feed = new RowFeed(limits, progress);
    try (OPCPackage workbook = OPCPackage.open(file.toFile(), PackageAccess.READ)) {
      readFirstSheet(workbook, feed);
    } catch (SheetRows.Stop stop) {
      // The row limit was reached; the feed says so.
    } catch (IOException | OpenXML4JException | SAXException | ParserConfigurationException
        | RuntimeException e) {
      // POI signals a damaged or foreign file with many unchecked exceptions; all mean the same.
      feed.fail(ImportProblem.ofFile("The file is not a readable XLSX workbook (" + e.getMessage()
          + "). Save it again as .xlsx, or as CSV UTF-8."));
    }
    return feed.result();
  }

  private static void readFirstSheet(OPCPackage workbook, RowFeed feed)
      throws IOException, OpenXML4JException, SAXException, ParserConfigurationException {
    XSSFReader parts = new XSSFReader(workbook);
    Iterator<InputStream> sheets = parts.getSheetsData();
    if (!sheets.hasNext()) {
      feed.fail(ImportProblem.ofFile("The workbook has no sheet."));
      return;
    }
    // Without a styles part no cell has a format, and numbers would bypass PlainNumbers.
    StylesTable styles = parts.getStylesTable() != null ? parts.getStylesTable() : new StylesTable();
    ReadOnlySharedStringsTable strings = new ReadOnlySharedStringsTable(workbook, false);
    XMLReader parser = XMLHelper.newXMLReader();
    parser.setContentHandler(new XSSFSheetXMLHandler(
        styles, null, strings, new SheetRows(feed), new PlainNumbers(), false));
    try (InputStream firstSheet = sheets.next()) {
      parser.parse(new InputSource(firstSheet));
    }
  }
}
