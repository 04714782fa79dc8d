package org.tacit.application.access;

import jakarta.ejb.ApplicationException;

/**
 * The caller's role or departments do not allow this. Thrown by the services, whatever asked (page,
 * postback or API), and rolls the transaction back so nothing of the request is written.
 */
@ApplicationException(rollback = true)
public class NotPermittedException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public NotPermittedException(String message) {
    super(message);
  }
}
