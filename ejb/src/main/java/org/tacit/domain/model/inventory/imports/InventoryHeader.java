package org.tacit.domain.model.inventory.imports;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;
import org.tacit.domain.model.inventory.TaskFact;
import org.tacit.text.Sentence;

/**
 * The header row of an inventory file. Names are matched case-insensitively and trimmed, because
 * people retype them; an unknown name is a problem, because a misspelt fact column would otherwise
 * be silently ignored and its answers lost.
 */
public final class InventoryHeader {

  private static final Set<String> KNOWN = knownColumns();

  private final int row;
  private final List<String> names;
  private final List<ImportProblem> problems = new ArrayList<>();
  private boolean understood = true;

  /** A header on row 1, where the contract expects it. */
  public InventoryHeader(List<String> rawNames) {
    this(ImportProblem.HEADER_ROW, rawNames);
  }

  /** A header further down, after blank rows: its problems point at the row where it is. */
  public InventoryHeader(int row, List<String> rawNames) {
    this.row = row;
    this.names = rawNames.stream().map(name -> normalise(name == null ? "" : name)).toList();
    checkRequired();
    checkEachName();
  }

  /** How a header name is compared: trimmed, lower case, no byte-order mark. */
  public static String normalise(String name) {
    return name.replace("\uFEFF", "").strip().toLowerCase(Locale.ROOT);
  }

  /** Every column an inventory file may have, in template order. */
  public static Set<String> knownColumns() {
    Set<String> known = new LinkedHashSet<>();
    Arrays.stream(InventoryColumn.values()).map(InventoryColumn::header).forEach(known::add);
    Arrays.stream(TaskFact.values()).map(TaskFact::column).forEach(known::add);
    return known;
  }

  public static boolean isKnown(String name) {
    return KNOWN.contains(normalise(name));
  }

  public List<String> names() {
    return names;
  }

  public boolean has(String column) {
    return names.contains(column);
  }

  /** False when a required column is missing: then no row can be read at all. */
  public boolean isUnderstood() {
    return understood;
  }

  public List<ImportProblem> problems() {
    return List.copyOf(problems);
  }

  private void checkRequired() {
    Stream.of(InventoryColumn.values())
        .filter(InventoryColumn::isRequired)
        .map(InventoryColumn::header)
        .filter(required -> !names.contains(required))
        .forEach(
            missing -> {
              understood = false;
              problems.add(
                  new ImportProblem(row, "", ImportProblem.saying("missingColumn", missing)));
            });
  }

  private void checkEachName() {
    Set<String> seen = new HashSet<>();
    for (String name : names) {
      if (name.isEmpty()) {
        continue;
      }
      if (!KNOWN.contains(name)) {
        problems.add(new ImportProblem(row, name, unknownMessage(name)));
      } else if (!seen.add(name)) {
        problems.add(new ImportProblem(row, name, ImportProblem.saying("columnTwice", name)));
      }
    }
  }

  private static Sentence unknownMessage(String name) {
    return ColumnSpelling.closest(name, KNOWN)
        .map(known -> ImportProblem.saying("unknownColumn", name, known))
        .orElse(ImportProblem.saying("unknownColumnNoGuess", name));
  }
}
