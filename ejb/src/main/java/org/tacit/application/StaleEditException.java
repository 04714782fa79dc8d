package org.tacit.application;

import jakarta.ejb.ApplicationException;

/**
 * Someone else changed or removed the task since the editor loaded it. The edit is refused whole
 * and nothing is written, so the other person's change is never silently overwritten.
 */
@ApplicationException(rollback = true)
public class StaleEditException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public StaleEditException(String message) {
    super(message);
  }
}
