package org.tacit.application;

import jakarta.ejb.ApplicationException;
import org.tacit.text.Sentence;

/**
 * Someone else changed or removed the task since the editor loaded it. The edit is refused whole
 * and nothing is written, so the other person's change is never silently overwritten.
 */
@ApplicationException(rollback = true)
public class StaleEditException extends WordedException {

  private static final long serialVersionUID = 1L;

  public StaleEditException(Sentence sentence) {
    super(sentence);
  }

  public static StaleEditException saying(String key, Object... arguments) {
    return new StaleEditException(Sentence.of(key, arguments));
  }
}
