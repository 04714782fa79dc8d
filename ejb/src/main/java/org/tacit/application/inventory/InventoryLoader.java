package org.tacit.application.inventory;

import java.time.Instant;
import org.tacit.application.inventory.ImportReport.Changes;
import org.tacit.domain.model.inventory.imports.InventoryDraft;

/**
 * Writes a valid inventory draft over the stored organisation, as an import does, for loaders at
 * start-up.
 */
public interface InventoryLoader {

  /**
   * Adds, changes and removes departments, roles and tasks so the organisation reads as {@code
   * draft}.
   */
  Changes apply(InventoryDraft draft, String actor, Instant at);
}
