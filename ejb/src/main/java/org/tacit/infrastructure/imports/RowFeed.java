package org.tacit.infrastructure.imports;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.tacit.domain.model.inventory.imports.ImportProblem;
import org.tacit.domain.model.inventory.imports.ImportProgress;
import org.tacit.domain.model.inventory.imports.ImportProgress.Phase;
import org.tacit.domain.model.inventory.imports.ImportResult;
import org.tacit.domain.model.inventory.imports.InventoryContract;
import org.tacit.domain.model.inventory.imports.InventoryRow;
import org.tacit.domain.model.inventory.imports.InventoryValidation;

/**
 * What every reader does with the rows it parses, whatever the format: the first non-blank row is
 * the header, later rows go to the contract one at a time, and reading stops at the row limit.
 * Problems of the file itself (bad quoting, not UTF-8) join the contract's problems. Whoever
 * watches hears how many rows have been read every {@link #PROGRESS_EVERY} rows.
 */
final class RowFeed {

  /** Often enough for a progress bar to move every second or so, rarely enough to cost nothing. */
  static final int PROGRESS_EVERY = 1_000;

  private final ImportLimits limits;
  private final ImportProgress progress;
  private final List<ImportProblem> fileProblems = new ArrayList<>();
  private List<String> header;
  private InventoryValidation validation;
  private int taskRows;
  private boolean overLimit;
  private ImportProblem refusal;

  RowFeed(ImportLimits limits, ImportProgress progress) {
    this.limits = limits;
    this.progress = progress;
  }

  /**
   * @param row the row as the spreadsheet numbers it (the first row is 1)
   * @return false once the reader should stop reading
   */
  boolean accept(int row, List<String> values) {
    boolean blank = values.stream().allMatch(value -> value == null || value.isBlank());
    if (header == null) {
      if (!blank) {
        header = values.stream().map(value -> value == null ? "" : value).toList();
        validation = InventoryContract.begin(row, header);
      }
      return true;
    }
    if (!blank && ++taskRows > limits.maxRows()) {
      overLimit = true;
      return false;
    }
    validation.accept(InventoryRow.of(row, header, values));
    if (!blank && taskRows % PROGRESS_EVERY == 0) {
      progress.advanced(Phase.READING, taskRows, ImportProgress.UNKNOWN_TOTAL);
    }
    return true;
  }

  void fail(ImportProblem problem) {
    fileProblems.add(problem);
  }

  /** The file went past a limit: this one problem is the answer, whatever was read before it. */
  void refuse(ImportProblem problem) {
    refusal = problem;
  }

  ImportResult result() {
    progress.advanced(
        Phase.READING, Math.min(taskRows, limits.maxRows()), Math.min(taskRows, limits.maxRows()));
    if (refusal != null) {
      return ImportResult.invalid(List.of(refusal));
    }
    if (overLimit) {
      return ImportResult.invalid(List.of(limits.tooManyRows()));
    }
    if (validation == null) {
      return ImportResult.invalid(
          fileProblems.isEmpty()
              ? List.of(ImportProblem.ofFile(ImportProblem.saying("emptyFile")))
              : fileProblems);
    }
    ImportResult checked = validation.result();
    if (fileProblems.isEmpty()) {
      return checked;
    }
    return ImportResult.invalid(
        Stream.concat(fileProblems.stream(), checked.problems().stream()).toList());
  }
}
