package org.tacit.domain;

import org.tacit.text.Sentence;
import org.tacit.text.Worded;

/**
 * A value the domain does not take, such as a task without a statement or a time share above 100 %,
 * with the reason as a sentence of the bundle: a page words it in the reader's language, the API
 * and logs read its English message. A bad argument like any other to every caller that only
 * catches {@code IllegalArgumentException}.
 */
public class Refused extends IllegalArgumentException implements Worded {

  private static final long serialVersionUID = 1L;

  private final Sentence sentence;

  protected Refused(Sentence sentence) {
    super(sentence.inEnglish());
    this.sentence = sentence;
  }

  /** Refused for the reason the bundle gives under {@code key}, filled with {@code facts}. */
  public static Refused saying(String key, Object... facts) {
    return new Refused(Sentence.of(key, facts));
  }

  /** Refused for a reason already put as a sentence, such as a cell's reading. */
  public static Refused because(Sentence reason) {
    return new Refused(reason);
  }

  /** Refuses unless {@code condition} holds. */
  public static void require(boolean condition, String key, Object... facts) {
    if (!condition) {
      throw saying(key, facts);
    }
  }

  @Override
  public Sentence sentence() {
    return sentence;
  }
}
