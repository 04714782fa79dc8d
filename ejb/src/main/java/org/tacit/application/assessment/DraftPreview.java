package org.tacit.application.assessment;

import java.io.Serializable;
import java.util.List;
import java.util.Map;

/**
 * What publishing the draft would do to the organisation as it stands: the tasks that would change
 * class, and the roles that would move most.
 *
 * @param transitions for each class under the published version, how many tasks land in each class
 *     under the draft
 * @param roles the roles with most tasks changing class, then the largest mean shift, at most 10
 */
public record DraftPreview(
    int publishedVersion,
    int draftVersion,
    int tasks,
    int changingClass,
    Map<String, Map<String, Integer>> transitions,
    List<RoleMove> roles)
    implements Serializable {

  /**
   * @param meanShift the mean over the role's tasks of |ΔL| + |ΔA|
   */
  public record RoleMove(
      long roleId,
      String roleTitle,
      String departmentCode,
      int tasks,
      int changingClass,
      double meanShift)
      implements Serializable {}
}
