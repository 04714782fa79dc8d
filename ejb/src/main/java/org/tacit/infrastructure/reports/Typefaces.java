package org.tacit.infrastructure.reports;

import com.lowagie.text.Chunk;
import com.lowagie.text.Font;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.BaseFont;
import java.awt.Color;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * The fonts the report embeds, so that names in any script print on any reader's machine: DejaVu
 * Sans for Latin, Greek and Cyrillic, and Droid Sans Fallback (Apache 2.0) for Chinese, Japanese
 * and Korean; each text is split between them character by character. Both are embedded as subsets,
 * so a report carries only the glyphs it uses. The files are read once per JVM; the fonts are made
 * per document, since a font object collects the glyphs of the document that uses it.
 */
final class Typefaces {

  static final Color INK = new Color(0x22, 0x22, 0x22);
  static final Color MUTED = new Color(0x66, 0x66, 0x66);

  private static final String FOLDER = "fonts/";
  private static final byte[] REGULAR = read("DejaVuSans.ttf");
  private static final byte[] BOLD = read("DejaVuSans-Bold.ttf");
  private static final byte[] FALLBACK = read("DroidSansFallback.ttf");

  private final BaseFont regular;
  private final BaseFont bold;
  private final BaseFont fallback;

  Typefaces() {
    this.regular = font("DejaVuSans.ttf", REGULAR);
    this.bold = font("DejaVuSans-Bold.ttf", BOLD);
    this.fallback = font("DroidSansFallback.ttf", FALLBACK);
  }

  /** The regular face, for page numbers and charts. */
  BaseFont regular() {
    return regular;
  }

  BaseFont bold() {
    return bold;
  }

  Phrase text(String text, float size) {
    return phrase(text, size, false, INK);
  }

  Phrase bold(String text, float size) {
    return phrase(text, size, true, INK);
  }

  Phrase muted(String text, float size) {
    return phrase(text, size, false, MUTED);
  }

  /**
   * {@code text} in DejaVu where it has the glyph, else in the fallback (bold drawn thicker there),
   * as runs of one font each. What OpenPDF's {@code FontSelector} does, without the font file it
   * parses anew each time one is made: that took most of the time of a thousand-role report.
   */
  Phrase phrase(String text, float size, boolean heavy, Color color) {
    Font main = new Font(heavy ? bold : regular, size, Font.NORMAL, color);
    Font other = new Font(fallback, size, heavy ? Font.BOLD : Font.NORMAL, color);
    Phrase phrase = new Phrase(size * 1.3f);
    phrase.setFont(main);
    String s = text == null ? "" : text;
    int start = 0;
    Font current = main;
    for (int at = 0; at < s.length(); at += Character.charCount(s.codePointAt(at))) {
      int c = s.codePointAt(at);
      Font font = fontFor(c, current, main, other);
      if (font != current) {
        add(phrase, s.substring(start, at), current);
        start = at;
        current = font;
      }
    }
    add(phrase, s.substring(start), current);
    return phrase;
  }

  /**
   * Spaces stay in the run they are in; a character DejaVu lacks goes to the fallback when it has
   * it.
   */
  private Font fontFor(int c, Font current, Font main, Font other) {
    if (Character.isWhitespace(c)) {
      return current;
    }
    return main.getBaseFont().charExists(c) || !fallback.charExists(c) ? main : other;
  }

  private static void add(Phrase phrase, String run, Font font) {
    if (!run.isEmpty()) {
      phrase.add(new Chunk(run, font));
    }
  }

  /** The same glyphs for charts, drawn by AWT first to measure them. */
  static java.awt.Font awtFont(boolean heavy) {
    try (InputStream in = new ByteArrayInputStream(heavy ? BOLD : REGULAR)) {
      return java.awt.Font.createFont(java.awt.Font.TRUETYPE_FONT, in);
    } catch (IOException | java.awt.FontFormatException e) {
      throw new IllegalStateException("The bundled chart font cannot be read.", e);
    }
  }

  private static BaseFont font(String name, byte[] bytes) {
    try {
      return BaseFont.createFont(name, BaseFont.IDENTITY_H, BaseFont.EMBEDDED, false, bytes, null);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static byte[] read(String name) {
    try (InputStream in = Typefaces.class.getResourceAsStream(FOLDER + name)) {
      if (in == null) {
        throw new IllegalStateException("The font " + name + " is missing from the build.");
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
