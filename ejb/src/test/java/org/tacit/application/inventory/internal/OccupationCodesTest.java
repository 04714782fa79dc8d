package org.tacit.application.inventory.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.tacit.domain.model.inventory.imports.DepartmentDraft;
import org.tacit.domain.model.inventory.imports.ImportProblem;
import org.tacit.domain.model.inventory.imports.InventoryDraft;
import org.tacit.domain.model.inventory.imports.RoleDraft;

class OccupationCodesTest {

  private static final Set<String> RELEASE = Set.of("43-3031.00", "15-1252.00");

  @Test
  void aCodeTheReleaseLacksIsAProblemOfItsRowAndColumn() {
    OccupationCodes codes = judge(role("Clerk", "43-3031.00", 2), role("Ghost", "99-9999.99", 7));

    assertThat(codes.problems())
        .extracting(ImportProblem::row, ImportProblem::column, ImportProblem::message)
        .containsExactly(
            tuple(
                7,
                "onet_soc",
                "99-9999.99 is not an occupation of O*NET 27.0: choose the role's occupation in"
                    + " the O*NET library, or leave the cell blank."));
    assertThat(codes.warnings()).isEmpty();
  }

  @Test
  void aCodeOfTheEarlierTaxonomyOrOneTheRolesAlreadyHaveIsOnlyAWarning() {
    OccupationCodes codes =
        judge(role("Developer", "15-1132.00", 3), role("Chief", "11-1011.00", 9));

    assertThat(codes.problems()).isEmpty();
    assertThat(codes.warnings())
        .extracting(ImportProblem::row, ImportProblem::column)
        .containsExactly(tuple(3, "onet_soc"), tuple(9, "onet_soc"));
    assertThat(codes.warnings().get(0).message()).startsWith("Outdated code: 15-1132.00 is");
  }

  @Test
  void aCodeWhoseSocOccupationStillExistsIsUnknownNotOutdated() {
    assertThat(judge(role("Developer", "15-1252.07", 4)).problems()).hasSize(1);
  }

  @Test
  void withoutAReleaseNoCodeIsJudged() {
    assertThat(OccupationCodes.unjudged().judge(draft(role("Ghost", "99-9999.99", 2))).problems())
        .isEmpty();
  }

  private static OccupationCodes judge(RoleDraft... roles) {
    return new OccupationCodes("O*NET 27.0", RELEASE, Set.of("11-1011.00")).judge(draft(roles));
  }

  private static InventoryDraft draft(RoleDraft... roles) {
    return new InventoryDraft(List.of(new DepartmentDraft("FIN", "Finance")), List.of(roles));
  }

  private static RoleDraft role(String title, String code, int row) {
    return new RoleDraft("FIN", null, title, null, null, code, List.of(), row);
  }
}
