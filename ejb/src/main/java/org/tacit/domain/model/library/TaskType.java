package org.tacit.domain.model.library;

import java.util.Arrays;
import java.util.Optional;

/**
 * O*NET marks a task Core when incumbents rate it both relevant and important to the occupation,
 * Supplemental otherwise; some tasks are not rated either way ({@code n/a}).
 */
public enum TaskType {
  CORE("Core"),
  SUPPLEMENTAL("Supplemental");

  private final String label;

  TaskType(String label) {
    this.label = label;
  }

  /** The type for O*NET's label, empty for {@code n/a} or a blank. */
  public static Optional<TaskType> ofLabel(String label) {
    return Arrays.stream(values())
        .filter(type -> type.label.equalsIgnoreCase(label == null ? "" : label.strip()))
        .findFirst();
  }

  public String label() {
    return label;
  }
}
