package org.tacit.application.assessment;

import java.io.Serializable;
import java.util.List;

/**
 * The result of scoring a stored run's inputs again with its rule-set version.
 *
 * @param differences the first few tasks whose figures came out otherwise, in words
 */
public record Reproduction(
    long runId, int ruleSetVersion, int tasks, int identical, List<String> differences)
    implements Serializable {

  public boolean exact() {
    return identical == tasks;
  }
}
