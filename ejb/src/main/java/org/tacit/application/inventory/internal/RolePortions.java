package org.tacit.application.inventory.internal;

import java.util.ArrayList;
import java.util.List;
import org.tacit.domain.model.inventory.imports.RoleDraft;

/**
 * A file's roles cut into consecutive portions of about so many tasks, the unit in which the
 * importer reads, writes and then forgets. Roles stay whole and in file order, so that ids and
 * history come out as they would in one piece.
 */
final class RolePortions {

  private RolePortions() {}

  /** Each portion ends with the role that brings it to {@code tasks} tasks or more. */
  static List<List<RoleDraft>> of(List<RoleDraft> roles, int tasks) {
    List<List<RoleDraft>> portions = new ArrayList<>();
    List<RoleDraft> portion = new ArrayList<>();
    int inPortion = 0;
    for (RoleDraft role : roles) {
      portion.add(role);
      inPortion += role.tasks().size();
      if (inPortion >= tasks) {
        portions.add(portion);
        portion = new ArrayList<>();
        inPortion = 0;
      }
    }
    if (!portion.isEmpty()) {
      portions.add(portion);
    }
    return portions;
  }
}
