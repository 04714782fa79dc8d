package org.tacit.domain.model.assessment;

import static java.util.Objects.requireNonNull;

/**
 * What a run assesses: the whole organisation, one department with the departments below it, or
 * one role. {@code key} is the department code or the role id.
 */
public record AssessmentScope(Kind kind, String key) {

  public enum Kind {
    ORGANISATION,
    DEPARTMENT,
    ROLE
  }

  public AssessmentScope {
    requireNonNull(kind, "kind");
    if (kind == Kind.ORGANISATION ? key != null : key == null || key.isBlank()) {
      throw new IllegalArgumentException(kind == Kind.ORGANISATION
          ? "The organisation needs no department or role." : "Name the " + kind.name().toLowerCase() + ".");
    }
  }

  public static AssessmentScope organisation() {
    return new AssessmentScope(Kind.ORGANISATION, null);
  }

  public static AssessmentScope department(String code) {
    return new AssessmentScope(Kind.DEPARTMENT, code);
  }

  public static AssessmentScope role(long roleId) {
    return new AssessmentScope(Kind.ROLE, Long.toString(roleId));
  }

  public long roleId() {
    if (kind != Kind.ROLE) {
      throw new IllegalStateException("Not a role: " + this);
    }
    return Long.parseLong(key);
  }
}
