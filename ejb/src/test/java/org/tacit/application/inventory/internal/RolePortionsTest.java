package org.tacit.application.inventory.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.tacit.domain.model.inventory.imports.RoleDraft;
import org.tacit.domain.model.inventory.imports.TaskDraft;

class RolePortionsTest {

  @Test
  void aPortionEndsWithTheRoleThatFillsItAndNoRoleIsSplit() {
    List<RoleDraft> roles = List.of(role("A", 600), role("B", 600), role("C", 300), role("D", 50));

    List<List<RoleDraft>> portions = RolePortions.of(roles, 1000);

    assertThat(portions)
        .extracting(portion -> portion.stream().map(RoleDraft::title).toList())
        .containsExactly(List.of("A", "B"), List.of("C", "D"));
  }

  private static RoleDraft role(String title, int tasks) {
    return new RoleDraft(
        "FIN",
        null,
        title,
        null,
        null,
        null,
        IntStream.range(0, tasks)
            .mapToObj(task -> new TaskDraft("Task " + task, null, Map.of()))
            .toList());
  }
}
