package org.tacit.application.inventory.internal;

import java.time.Instant;
import org.tacit.application.inventory.ImportReport.Changes;
import org.tacit.domain.model.inventory.InventoryChange;
import org.tacit.domain.model.inventory.InventoryChange.Action;
import org.tacit.domain.model.inventory.Role;

/**
 * What one import changed, counted as it goes, and the history entries it writes, which share its
 * author and moment. A new one for each import, since the importer lives as long as its pooled EJB.
 */
final class ImportTally {

  private final String actor;
  private final Instant at;
  int departmentsCreated;
  int rolesCreated;
  int rolesUpdated;
  int tasksCreated;
  int tasksUpdated;
  int tasksRemoved;

  ImportTally(String actor, Instant at) {
    this.actor = actor;
    this.at = at;
  }

  InventoryChange entry(Role role, Action action, String subject, String before, String after) {
    return new InventoryChange(at, actor, role, action, subject, before, after);
  }

  Changes changes() {
    return new Changes(
        departmentsCreated, rolesCreated, rolesUpdated, tasksCreated, tasksUpdated, tasksRemoved);
  }
}
