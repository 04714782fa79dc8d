package org.tacit.application.access;

import jakarta.ejb.ApplicationException;
import org.tacit.application.WordedException;
import org.tacit.text.Sentence;

/**
 * The caller's role or departments do not allow this. Thrown by the services, whatever asked (page,
 * postback or API), and rolls the transaction back so nothing of the request is written.
 */
@ApplicationException(rollback = true)
public class NotPermittedException extends WordedException {

  private static final long serialVersionUID = 1L;

  public NotPermittedException(Sentence sentence) {
    super(sentence);
  }

  public static NotPermittedException saying(String key, Object... arguments) {
    return new NotPermittedException(Sentence.of(key, arguments));
  }
}
