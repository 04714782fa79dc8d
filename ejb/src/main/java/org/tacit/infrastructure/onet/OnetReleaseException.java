package org.tacit.infrastructure.onet;

import org.tacit.text.Sentence;
import org.tacit.text.Worded;

/**
 * The files are not an O*NET text release this reader understands: a required file is missing, a
 * header is not O*NET's, or a value is not what the column holds. The sentence names the file and
 * line and says what to do, since an administrator reads it after an upload, in their language; the
 * message is its English.
 */
public class OnetReleaseException extends RuntimeException implements Worded {

  private static final long serialVersionUID = 1L;

  private final Sentence sentence;

  public OnetReleaseException(Sentence sentence) {
    super(sentence.inEnglish());
    this.sentence = sentence;
  }

  /** The problem the bundle words under {@code refused.onet.<key>}, filled with {@code facts}. */
  static OnetReleaseException saying(String key, Object... facts) {
    return new OnetReleaseException(Sentence.of("refused.onet." + key, facts));
  }

  @Override
  public Sentence sentence() {
    return sentence;
  }
}
