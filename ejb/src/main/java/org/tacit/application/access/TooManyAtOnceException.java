package org.tacit.application.access;

import jakarta.ejb.ApplicationException;
import org.tacit.application.WordedException;
import org.tacit.text.Sentence;

/**
 * The caller already has as much of this {@link Work} under way as one person may: refused at once
 * rather than queued, so that waiting work never piles up on the server. Pages show the message;
 * the API answers 429 with {@code Retry-After}. Nothing of the request is written.
 */
@ApplicationException(rollback = true)
public class TooManyAtOnceException extends WordedException {

  private static final long serialVersionUID = 1L;

  private final Work work;
  private final int retryAfterSeconds;

  public TooManyAtOnceException(Work work, int limit) {
    super(Sentence.of("busy." + work.name(), limit));
    this.work = work;
    this.retryAfterSeconds = work.retryAfterSeconds();
  }

  public Work work() {
    return work;
  }

  /** For the {@code Retry-After} header. */
  public int retryAfterSeconds() {
    return retryAfterSeconds;
  }
}
