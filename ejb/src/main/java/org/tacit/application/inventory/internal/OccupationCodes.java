package org.tacit.application.inventory.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.tacit.domain.economy.SocTable;
import org.tacit.domain.model.inventory.imports.ImportProblem;
import org.tacit.domain.model.inventory.imports.InventoryColumn;
import org.tacit.domain.model.inventory.imports.InventoryDraft;
import org.tacit.domain.model.inventory.imports.RoleDraft;
import org.tacit.infrastructure.reference.SocTables;

/**
 * The O*NET codes a file links its roles to, against the release the library holds. A code the
 * release has is what it should be. A code it lacks is a problem of its row and column, unless the
 * code is only outdated: one of an earlier O*NET-SOC taxonomy (its SOC occupation is in the 2010
 * classification and in no occupation of the release), or one the organisation's roles are already
 * linked to (from a release the library held before). An outdated code is imported with a warning,
 * so that a file exported before a new release still imports.
 */
final class OccupationCodes {

  /** SOC-2010 occupations, as Frey and Osborne (2013) list them: the taxonomy before 2019. */
  private static final Set<String> SOC_2010 = SocTables.freyOsborne().bySoc().keySet();

  private final String release;
  private final Set<String> current;
  private final Set<String> currentSoc;
  private final Set<String> linked;
  private final List<ImportProblem> problems = new ArrayList<>();
  private final List<ImportProblem> warnings = new ArrayList<>();

  /**
   * @param release the release's name, as a message names it
   * @param current the codes of the release's occupations
   * @param linked the codes the organisation's roles are linked to now
   */
  OccupationCodes(String release, Set<String> current, Set<String> linked) {
    this.release = release;
    this.current = current;
    this.currentSoc = current.stream().map(SocTable::soc).collect(Collectors.toSet());
    this.linked = linked;
  }

  /** For a library that holds no release yet: every code would be unknown, so none is judged. */
  static OccupationCodes unjudged() {
    return new OccupationCodes(null, Set.of(), Set.of());
  }

  /** Judges every role's code, once per role, at the row that gives it. */
  OccupationCodes judge(InventoryDraft draft) {
    if (release == null) {
      return this;
    }
    for (RoleDraft role : draft.roles()) {
      String code = role.onetSoc();
      if (code == null || current.contains(code)) {
        continue;
      }
      List<ImportProblem> found = outdated(code) ? warnings : problems;
      found.add(
          new ImportProblem(
              role.onetSocRow(),
              InventoryColumn.ONET_SOC.header(),
              ImportProblem.saying(
                  outdated(code) ? "onetOutdated" : "onetUnknown", code, release)));
    }
    problems.sort(ImportProblem.IN_FILE_ORDER);
    warnings.sort(ImportProblem.IN_FILE_ORDER);
    return this;
  }

  private boolean outdated(String code) {
    String soc = SocTable.soc(code);
    return linked.contains(code) || (SOC_2010.contains(soc) && !currentSoc.contains(soc));
  }

  List<ImportProblem> problems() {
    return problems;
  }

  List<ImportProblem> warnings() {
    return warnings;
  }
}
