package org.tacit.domain.model.inventory.imports;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.Optional;

/**
 * The answer to an import: a draft to store, or every problem of the file. Never both, because a
 * file with any invalid row imports nothing.
 */
public final class ImportResult {

  private final InventoryDraft draft;
  private final List<ImportProblem> problems;

  private ImportResult(InventoryDraft draft, List<ImportProblem> problems) {
    this.draft = draft;
    this.problems = problems;
  }

  public static ImportResult valid(InventoryDraft draft) {
    return new ImportResult(requireNonNull(draft, "draft"), List.of());
  }

  /** The problems in file order, so that a person can work through them top to bottom. */
  public static ImportResult invalid(List<ImportProblem> problems) {
    if (problems.isEmpty()) {
      throw new IllegalArgumentException("An invalid import names at least one problem.");
    }
    return new ImportResult(null, problems.stream().sorted(ImportProblem.IN_FILE_ORDER).toList());
  }

  public boolean isValid() {
    return draft != null;
  }

  public Optional<InventoryDraft> draft() {
    return Optional.ofNullable(draft);
  }

  public List<ImportProblem> problems() {
    return problems;
  }

  @Override
  public String toString() {
    return isValid()
        ? "valid: " + draft.roles().size() + " roles, " + draft.taskCount() + " tasks"
        : "invalid: " + problems;
  }
}
