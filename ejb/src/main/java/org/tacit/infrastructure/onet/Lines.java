package org.tacit.infrastructure.onet;

import java.io.Closeable;
import java.io.IOException;
import java.io.Reader;

/**
 * The lines of a text file, one at a time, as {@code BufferedReader.readLine} gives them ({@code
 * \n}, {@code \r\n} or {@code \r} ends a line), except that a line longer than the limit is refused
 * instead of being gathered in memory whatever its length.
 */
final class Lines implements Closeable {

  private final Reader in;
  private final String name;
  private final ReleaseLimits limits;
  private final char[] buffer = new char[8192];
  private final StringBuilder line = new StringBuilder();
  private int position;
  private int end;
  private int number;
  private boolean afterReturn;

  Lines(Reader in, String name, ReleaseLimits limits) {
    this.in = in;
    this.name = name;
    this.limits = limits;
  }

  /** The next line without its end, or null at the end of the file. */
  String next() throws IOException {
    line.setLength(0);
    boolean any = false;
    while (true) {
      if (position == end) {
        end = in.read(buffer, 0, buffer.length);
        position = 0;
        if (end <= 0) {
          end = 0;
          return any ? counted() : null;
        }
      }
      char c = buffer[position++];
      if (afterReturn) {
        afterReturn = false;
        if (c == '\n') {
          continue; // the second half of \r\n
        }
      }
      if (c == '\n' || c == '\r') {
        afterReturn = c == '\r';
        return counted();
      }
      any = true;
      if (line.length() == limits.maxLineChars()) {
        throw limits.lineTooLong(name, number + 1);
      }
      line.append(c);
    }
  }

  private String counted() {
    number++;
    return line.toString();
  }

  @Override
  public void close() throws IOException {
    in.close();
  }
}
