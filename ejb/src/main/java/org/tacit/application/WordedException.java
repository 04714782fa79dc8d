package org.tacit.application;

import org.tacit.text.Sentence;
import org.tacit.text.Worded;

/**
 * A refusal a service tells its reader in a sentence of the bundle: the message is English (for
 * logs and the API), and a page words the {@link #sentence()} in the reader's language.
 */
public abstract class WordedException extends RuntimeException implements Worded {

  private static final long serialVersionUID = 1L;

  private final Sentence sentence;

  protected WordedException(Sentence sentence) {
    super(sentence.inEnglish());
    this.sentence = sentence;
  }

  @Override
  public Sentence sentence() {
    return sentence;
  }
}
