package org.tacit.infrastructure.imports;

import java.util.Arrays;
import java.util.regex.Pattern;
import org.tacit.domain.model.inventory.imports.InventoryHeader;

/**
 * Comma or semicolon: spreadsheets in countries that write decimals with a comma export CSV with
 * semicolons. The header decides, because it is the one line whose content is known: the delimiter
 * that splits it into more known column names wins, and on a tie the one that splits it into more
 * fields; comma when nothing tells them apart.
 */
final class CsvDelimiter {

  private CsvDelimiter() {}

  static char of(String headerLine) {
    int commaNames = knownNames(headerLine, ',');
    int semicolonNames = knownNames(headerLine, ';');
    if (commaNames != semicolonNames) {
      return commaNames > semicolonNames ? ',' : ';';
    }
    return fields(headerLine, ';') > fields(headerLine, ',') ? ';' : ',';
  }

  private static int knownNames(String line, char delimiter) {
    return (int)
        Arrays.stream(split(line, delimiter))
            .map(name -> name.replace("\"", ""))
            .filter(InventoryHeader::isKnown)
            .count();
  }

  private static int fields(String line, char delimiter) {
    return split(line, delimiter).length;
  }

  private static String[] split(String line, char delimiter) {
    return line.split(Pattern.quote(String.valueOf(delimiter)), -1);
  }
}
