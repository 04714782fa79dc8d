package org.tacit.web.shell;

/**
 * A page's failure because the database did not answer, under the one type web.xml maps to the 503
 * page, whatever the container wrapped the connection failure in.
 */
public class UnreachableDatabaseException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public UnreachableDatabaseException(Throwable cause) {
    super("The database did not answer", cause);
  }
}
