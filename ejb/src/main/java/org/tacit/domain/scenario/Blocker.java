package org.tacit.domain.scenario;

/** Why a task is not substitutable in a year, so a report can say what would change it. */
public enum Blocker {
  /** Nothing: the task is substitutable. */
  NONE,
  /** Automation readiness is low, or the task is unscored: no horizon changes that. */
  NOT_READY,
  /** It needs learning on the job, and continual learning has not arrived. */
  LEARNING_NEED,
  /** It is longer than the horizon at the reliability its error cost demands. */
  TASK_LENGTH,
  /** Nobody has said how long it takes, so it cannot be shown to fit inside the horizon. */
  UNKNOWN_LENGTH
}
