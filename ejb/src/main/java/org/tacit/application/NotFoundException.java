package org.tacit.application;

import jakarta.ejb.ApplicationException;

/**
 * What the request names does not exist, such as a department or an occupation. Checked after the
 * caller's rights, so that it tells nothing to someone who may not ask.
 */
@ApplicationException(rollback = true)
public class NotFoundException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public NotFoundException(String message) {
    super(message);
  }
}
