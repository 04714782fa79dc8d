package org.tacit.application.library;

import jakarta.ejb.ApplicationException;
import org.tacit.text.Sentence;
import org.tacit.text.Worded;

/**
 * The uploaded files are not an O*NET text release Tacit can read; the sentence says which file and
 * what is wrong, for the administrator who uploaded them, in their language (the message is its
 * English, for the API). The library stays as it was.
 */
@ApplicationException(rollback = true)
public class ReleaseRejectedException extends RuntimeException implements Worded {

  private static final long serialVersionUID = 1L;

  private final Sentence sentence;

  public ReleaseRejectedException(Sentence sentence) {
    super(sentence.inEnglish());
    this.sentence = sentence;
  }

  @Override
  public Sentence sentence() {
    return sentence;
  }
}
