package org.tacit.application.assessment;

import org.tacit.domain.scoring.Rule;
import org.tacit.domain.scoring.Rules;
import org.tacit.text.Words;

/**
 * A rule's reason in the reader's language: the bundle's {@code rule.<id>.reason}, filled with the
 * answer it read ({0}: the level 1–5, or the hours) and what the answer grid calls that level ({1},
 * where the grid names it). The domain words the same reason in English for logs and the API; the
 * English bundle says it word for word the same.
 */
public final class ReasonWords {

  private ReasonWords() {}

  /**
   * Such as "depends on unwritten context (4/5)" or "hängt von ungeschriebenem Kontext ab (4/5)".
   */
  public static String of(String ruleId, double answer, Words words) {
    Rule rule =
        Rules.byId(ruleId)
            .orElseThrow(() -> new IllegalArgumentException("There is no rule " + ruleId + "."));
    if (!rule.fact().isLevel()) {
      return words.text(key(ruleId), answer, "");
    }
    int level = (int) answer;
    String named = words.textOr("fact." + rule.fact().column() + ".level." + level, "?");
    return words.text(key(ruleId), level, named);
  }

  /** The bundle key of {@code ruleId}'s reason. */
  public static String key(String ruleId) {
    return "rule." + ruleId + ".reason";
  }
}
