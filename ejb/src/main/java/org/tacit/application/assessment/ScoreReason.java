package org.tacit.application.assessment;

import java.io.Serializable;
import org.tacit.text.Words;

/**
 * One rule's part in a task's score, as a person reads it.
 *
 * @param axis "L" for learning need, "A" for automation readiness
 * @param answer the answer the rule read: the level 1–5, or hours for {@code task_length_hours}
 * @param text in English, such as {@code depends on unwritten context (5/5)}, for the API and logs;
 *     pages and the board PDF word it in the reader's language ({@link #in})
 * @param points signed, on the axis's 0–100 scale; the axis is 50 plus its reasons' points
 * @param estimated the answer behind it is an estimate (O*NET or derived), not confirmed by HR
 */
public record ScoreReason(
    String ruleId, String axis, double answer, String text, double points, boolean estimated)
    implements Serializable {

  /** The reason in {@code words}' language, without the rule id. */
  public String in(Words words) {
    return ReasonWords.of(ruleId, answer, words);
  }
}
