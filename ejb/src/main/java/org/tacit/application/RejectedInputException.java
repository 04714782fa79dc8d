package org.tacit.application;

import org.tacit.text.Sentence;
import org.tacit.text.Worded;

/**
 * An input a service does not accept, such as a name already in use: a bad argument like any other
 * (the API answers 400 with its English message), whose sentence a page words in the reader's
 * language.
 */
public class RejectedInputException extends IllegalArgumentException implements Worded {

  private static final long serialVersionUID = 1L;

  private final Sentence sentence;

  public RejectedInputException(Sentence sentence) {
    super(sentence.inEnglish());
    this.sentence = sentence;
  }

  public static RejectedInputException saying(String key, Object... arguments) {
    return new RejectedInputException(Sentence.of(key, arguments));
  }

  @Override
  public Sentence sentence() {
    return sentence;
  }
}
