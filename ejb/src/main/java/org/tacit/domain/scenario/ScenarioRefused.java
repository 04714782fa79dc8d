package org.tacit.domain.scenario;

import org.tacit.domain.Refused;
import org.tacit.text.Sentence;

/**
 * Values a scenario does not take: a {@link Refused} whose reasons the bundle keeps under {@code
 * scenario.refused.}.
 */
public class ScenarioRefused extends Refused {

  private static final long serialVersionUID = 1L;

  ScenarioRefused(String key, Object... arguments) {
    super(Sentence.of("scenario.refused." + key, arguments));
  }
}
