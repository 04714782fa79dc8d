package org.tacit.application.inventory;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.List;

/**
 * An answer a task is scored with that no person has confirmed yet: an O*NET estimate filled in for
 * an unknown answer, or one stored as an estimate. The scores use exactly this value.
 *
 * @param column the fact's CSV column, such as {@code tacit_context}
 * @param sourceKey the message that says where the value comes from, such as {@code
 *     estimate.source.tacit_context}; its arguments are {@code sourceArguments} (strings and
 *     numbers), the first three being the O*NET release, the occupation's title and its code
 */
public record Estimate(
    long taskId, String column, BigDecimal value, String sourceKey, List<Object> sourceArguments)
    implements Serializable {

  public Estimate {
    sourceArguments = List.copyOf(sourceArguments);
  }
}
