package org.tacit.application;

import jakarta.ejb.ApplicationException;
import org.tacit.text.Sentence;

/**
 * What the request names does not exist, such as a department or an occupation. Checked after the
 * caller's rights, so that it tells nothing to someone who may not ask.
 */
@ApplicationException(rollback = true)
public class NotFoundException extends WordedException {

  private static final long serialVersionUID = 1L;

  public NotFoundException(Sentence sentence) {
    super(sentence);
  }

  public static NotFoundException saying(String key, Object... arguments) {
    return new NotFoundException(Sentence.of(key, arguments));
  }
}
