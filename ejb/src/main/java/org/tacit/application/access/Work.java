package org.tacit.application.access;

/**
 * The kinds of heavy work one person may have under way only a few at a time, so that no one can
 * tie up the server's threads, memory or database for everyone else (see {@link WorkPermits}).
 */
public enum Work {
  /** An assessment run, from its start until its background scoring ends. */
  RUN("assessment run", "assessment runs", "tacit.limits.runs", 2, 30),
  /** Receiving, checking or importing an inventory file. */
  IMPORT("import", "imports", "tacit.limits.imports", 1, 30),
  /** Drawing the board report as a PDF. */
  PDF_RENDER("PDF render", "PDF renders", "tacit.limits.pdf-renders", 2, 10);

  private final String one;
  private final String many;
  private final String setting;
  private final int defaultLimit;
  private final int retryAfterSeconds;

  Work(String one, String many, String setting, int defaultLimit, int retryAfterSeconds) {
    this.one = one;
    this.many = many;
    this.setting = setting;
    this.defaultLimit = defaultLimit;
    this.retryAfterSeconds = retryAfterSeconds;
  }

  /** "assessment run" */
  public String one() {
    return one;
  }

  /** "assessment runs" */
  public String many() {
    return many;
  }

  /** The MicroProfile Config key that sets how many a person may have at once. */
  public String setting() {
    return setting;
  }

  public int defaultLimit() {
    return defaultLimit;
  }

  /**
   * How long a refused caller should wait before asking again: about the time one such piece takes.
   */
  public int retryAfterSeconds() {
    return retryAfterSeconds;
  }
}
