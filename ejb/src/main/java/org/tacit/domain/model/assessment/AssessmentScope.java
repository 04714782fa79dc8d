package org.tacit.domain.model.assessment;

import static java.util.Objects.requireNonNull;

import org.tacit.domain.Refused;
import org.tacit.text.Sentence;

/**
 * What a run assesses: the whole organisation, one department with the departments below it, one
 * role, or one task. {@code key} is the department code, the role id or the task id.
 */
public record AssessmentScope(Kind kind, String key) {

  public enum Kind {
    ORGANISATION,
    DEPARTMENT,
    ROLE,
    TASK
  }

  public AssessmentScope {
    requireNonNull(kind, "kind");
    if (kind == Kind.ORGANISATION ? key != null : key == null || key.isBlank()) {
      throw kind == Kind.ORGANISATION
          ? Refused.saying("refused.run.organisation")
          : Refused.saying("refused.run.scope", Sentence.of("refused.run.kind." + kind.name()));
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

  public static AssessmentScope task(long taskId) {
    return new AssessmentScope(Kind.TASK, Long.toString(taskId));
  }

  /** The role's or the task's id. */
  public long id() {
    if (kind != Kind.ROLE && kind != Kind.TASK) {
      throw new IllegalStateException("Not a role or task: " + this);
    }
    return Long.parseLong(key);
  }
}
