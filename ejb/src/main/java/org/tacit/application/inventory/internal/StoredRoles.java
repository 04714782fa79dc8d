package org.tacit.application.inventory.internal;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.tacit.domain.model.inventory.imports.RoleDraft;
import org.tacit.infrastructure.persistence.InventoryRepository;

/**
 * The roles each department had before the import, by the name a file gives them: its code when it
 * has one, else its title in any letter case. Only ids are kept, so the index outlives the import's
 * flushes and stays small; each department is read once, in one query, when a file first names one
 * of its roles. Roles the import creates are not added: a valid file names each role once.
 */
final class StoredRoles {

  private final InventoryRepository inventory;
  private final Map<Long, Map<String, Long>> byDepartment = new HashMap<>();

  StoredRoles(InventoryRepository inventory) {
    this.inventory = inventory;
  }

  /** The id of the stored role the draft describes, if the department has one. */
  Optional<Long> find(long departmentId, RoleDraft draft) {
    String name = draft.code() != null ? byCode(draft.code()) : byTitle(draft.title());
    return Optional.ofNullable(byDepartment.computeIfAbsent(departmentId, this::read).get(name));
  }

  private Map<String, Long> read(long departmentId) {
    Map<String, Long> roles = new HashMap<>();
    // Ordered by title: when two stored roles share a name, the first one is the one updated
    for (Object[] role : inventory.roleNames(departmentId)) {
      String code = (String) role[1];
      roles.putIfAbsent(code != null ? byCode(code) : byTitle((String) role[2]), (Long) role[0]);
    }
    return roles;
  }

  private static String byCode(String code) {
    return "code:" + code;
  }

  /** Two titles get the same key exactly when {@link String#equalsIgnoreCase} finds them equal. */
  private static String byTitle(String title) {
    StringBuilder key = new StringBuilder("title:");
    title
        .codePoints()
        .map(c -> Character.toLowerCase(Character.toUpperCase(c)))
        .forEach(key::appendCodePoint);
    return key.toString();
  }
}
