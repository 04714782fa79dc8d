package org.tacit.application.library;

import jakarta.ejb.ApplicationException;

/**
 * The uploaded files are not an O*NET text release Tacit can read; the message says which file and
 * what is wrong, for the administrator who uploaded them. The library stays as it was.
 */
@ApplicationException(rollback = true)
public class ReleaseRejectedException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public ReleaseRejectedException(String message) {
    super(message);
  }
}
