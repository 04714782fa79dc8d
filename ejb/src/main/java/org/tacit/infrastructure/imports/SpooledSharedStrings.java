package org.tacit.infrastructure.imports;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.BufferedOutputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;
import javax.xml.parsers.ParserConfigurationException;
import org.apache.poi.ss.usermodel.RichTextString;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.model.SharedStrings;
import org.apache.poi.xssf.usermodel.XSSFRichTextString;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;
import org.xml.sax.helpers.DefaultHandler;

/**
 * The workbook's shared texts (the {@code sharedStrings.xml} part, where cells find their text by
 * index), written to a temporary file as they are parsed and read back by index: a workbook with
 * millions of distinct texts costs disk, not heap, which POI's {@code ReadOnlySharedStringsTable}
 * would spend. Only the end offsets stay in memory, four bytes a text, under {@link
 * XlsxLimits#maxSharedStrings()}. A text is its runs' {@code <t>} elements joined, without phonetic
 * guides ({@code <rPh>}), as POI reads them.
 */
final class SpooledSharedStrings implements SharedStrings, Closeable {

  private static final SpooledSharedStrings NONE =
      new SpooledSharedStrings(null, null, new int[0], 0);

  private final Path file;
  private final FileChannel channel;
  private final int[] ends;
  private final int count;

  private SpooledSharedStrings(Path file, FileChannel channel, int[] ends, int count) {
    this.file = file;
    this.channel = channel;
    this.ends = ends;
    this.count = count;
  }

  /** For a workbook without shared texts. */
  static SpooledSharedStrings none() {
    return NONE;
  }

  /**
   * Parses the shared-strings part into a temporary file, deleted on {@link #close()}.
   *
   * @throws XlsxRefusal when the texts go past the limits
   */
  static SpooledSharedStrings read(InputStream part, XlsxLimits limits)
      throws IOException, SAXException, ParserConfigurationException {
    Path file = Files.createTempFile("tacit-xlsx-strings-", ".txt");
    try {
      Spooler spooler;
      try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file))) {
        spooler = new Spooler(out, limits);
        XMLReader parser = XMLHelper.newXMLReader();
        parser.setContentHandler(spooler);
        parser.parse(new InputSource(part));
      }
      return new SpooledSharedStrings(
          file, FileChannel.open(file, StandardOpenOption.READ), spooler.ends, spooler.count);
    } catch (IOException | SAXException | ParserConfigurationException | RuntimeException e) {
      Files.deleteIfExists(file);
      throw e;
    }
  }

  @Override
  public RichTextString getItemAt(int index) {
    if (index < 0 || index >= count) {
      throw new IllegalArgumentException(
          "A cell names shared text " + index + "; the workbook has " + count + ".");
    }
    int start = index == 0 ? 0 : ends[index - 1];
    ByteBuffer bytes = ByteBuffer.allocate(ends[index] - start);
    try {
      while (bytes.hasRemaining()) {
        if (channel.read(bytes, start + bytes.position()) < 0) {
          throw new IOException("The spooled texts end early.");
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return new XSSFRichTextString(new String(bytes.array(), UTF_8));
  }

  @Override
  public int getCount() {
    return count;
  }

  @Override
  public int getUniqueCount() {
    return count;
  }

  @Override
  public void close() throws IOException {
    if (file != null) {
      try {
        channel.close();
      } finally {
        Files.deleteIfExists(file);
      }
    }
  }

  /** Writes each text as it ends; refuses the part once it passes a limit. */
  private static final class Spooler extends DefaultHandler {
    private final OutputStream out;
    private final XlsxLimits limits;
    private final StringBuilder text = new StringBuilder();
    private int[] ends = new int[1024];
    private int count;
    private long chars;
    private int bytes;
    private boolean inText;
    private boolean inString;
    private int phoneticDepth;

    Spooler(OutputStream out, XlsxLimits limits) {
      this.out = out;
      this.limits = limits;
    }

    @Override
    public void startElement(String uri, String localName, String qName, Attributes attributes) {
      switch (name(localName, qName)) {
        case "si" -> {
          inString = true;
          text.setLength(0);
        }
        case "rPh" -> phoneticDepth++;
        case "t" -> inText = inString && phoneticDepth == 0;
        default -> {}
      }
    }

    @Override
    public void characters(char[] ch, int start, int length) {
      if (inText) {
        if (text.length() + length > limits.maxCellChars()) {
          throw new XlsxRefusal(limits.cellTooLong());
        }
        text.append(ch, start, length);
      }
    }

    @Override
    public void endElement(String uri, String localName, String qName) throws SAXException {
      switch (name(localName, qName)) {
        case "t" -> inText = false;
        case "rPh" -> phoneticDepth--;
        case "si" -> {
          inString = false;
          keep();
        }
        default -> {}
      }
    }

    private void keep() throws SAXException {
      if (count == limits.maxSharedStrings()) {
        throw new XlsxRefusal(limits.tooManySharedStrings());
      }
      chars += text.length();
      if (chars > limits.maxSharedStringChars()) {
        throw new XlsxRefusal(limits.tooMuchSharedText());
      }
      byte[] encoded = text.toString().getBytes(UTF_8);
      try {
        out.write(encoded);
      } catch (IOException e) {
        throw new SAXException(e);
      }
      bytes += encoded.length; // under 2 GiB: XlsxLimits keeps the characters under 512 Mi
      if (count == ends.length) {
        ends = Arrays.copyOf(ends, Math.min(limits.maxSharedStrings(), count * 2));
      }
      ends[count++] = bytes;
    }

    private static String name(String localName, String qName) {
      return localName == null || localName.isEmpty()
          ? qName.substring(qName.indexOf(':') + 1)
          : localName;
    }
  }
}
