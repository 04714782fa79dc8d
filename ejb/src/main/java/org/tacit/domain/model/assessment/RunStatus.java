package org.tacit.domain.model.assessment;

/** A run is RUNNING until all its tasks are stored; FAILED keeps the reason and no task. */
public enum RunStatus {
  RUNNING,
  DONE,
  FAILED
}
