package org.tacit.domain.scenario;

import org.tacit.text.Sentence;
import org.tacit.text.Worded;

/**
 * Values a scenario does not take, with the reason as a sentence of the bundle: the editor words it
 * in the reader's language, the API and logs read its English message. A bad argument like any
 * other to every caller that only catches {@code IllegalArgumentException}.
 */
public class ScenarioRefused extends IllegalArgumentException implements Worded {

  private static final long serialVersionUID = 1L;

  private final Sentence sentence;

  ScenarioRefused(String key, Object... arguments) {
    this(Sentence.of("scenario.refused." + key, arguments));
  }

  private ScenarioRefused(Sentence sentence) {
    super(sentence.inEnglish());
    this.sentence = sentence;
  }

  @Override
  public Sentence sentence() {
    return sentence;
  }
}
