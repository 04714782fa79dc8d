package org.tacit.application.assessment;

import java.io.Serializable;

/**
 * One rule's part in a task's score, as a person reads it.
 *
 * @param axis "L" for learning need, "A" for automation readiness
 * @param text such as {@code depends on unwritten context (5/5)}
 * @param points signed, on the axis's 0–100 scale; the axis is 50 plus its reasons' points
 * @param estimated the answer behind it is an estimate (O*NET or derived), not confirmed by HR
 */
public record ScoreReason(String ruleId, String axis, String text, double points, boolean estimated)
    implements Serializable {}
