package org.tacit.application.inventory.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.tacit.application.access.CallerScope;
import org.tacit.application.access.SecurityEvents;
import org.tacit.application.inventory.ImportReport;
import org.tacit.domain.model.inventory.imports.ImportProgress;

/** The security events of imports that end before anything is written: refused and failed. */
class InventoryImportTest {

  private static final String HEADER =
      "department,department_code,role,role_code,role_headcount,role_annual_cost,onet_soc,task,task_time_share_pct,tacit_context,novelty,feedback_delay,time_to_proficiency,performance_spread,relationship_trust,digital_io,verifiability,documented_procedure,repetition,task_length_hours,physical_presence,error_cost\n";
  private static final CallerScope HEDDA =
      new CallerScope("hedda", Set.of(CallerScope.EDITOR), Set.of("FIN"));

  @RegisterExtension final SecurityEvents events = new SecurityEvents();
  @TempDir Path temp;

  @Test
  void anImportOfAnotherDepartmentIsRefusedAndLoggedAsStartedThenRefused() throws IOException {
    Path file =
        Files.writeString(
            temp.resolve("ops.csv"),
            HEADER
                + "Operations,OPS,Driver,DRV,2,40000,,Drive the"
                + " route,100,1,1,1,2,2,1,1,3,3,5,8,5,3\n");

    ImportReport report =
        new InventoryImport().run(file, "ops.csv", HEDDA, true, ImportProgress.NONE);

    assertThat(report.valid()).isFalse();
    assertThat(events.lines()).hasSize(2);
    assertThat(events.lines().get(0))
        .contains(
            "user=\"hedda\" action=\"import-start\" object=\"inventory file ops.csv\""
                + " outcome=success");
    assertThat(events.lines().get(1))
        .contains("action=\"import\" object=\"inventory file ops.csv\" outcome=refused")
        .contains("detail=\"may not change OPS\"");
  }

  @Test
  void anImportOfABrokenFileIsLoggedAsFailedAndACheckOfItNotAtAll() throws IOException {
    Path file = Files.writeString(temp.resolve("broken.csv"), "not,an,inventory\n1,2,3\n");

    new InventoryImport().run(file, "broken.csv", HEDDA, false, ImportProgress.NONE);
    assertThat(events.lines()).isEmpty();
    new InventoryImport().run(file, "broken.csv", HEDDA, true, ImportProgress.NONE);

    assertThat(events.lines()).hasSize(2);
    assertThat(events.lines().get(1))
        .contains("action=\"import\" object=\"inventory file broken.csv\" outcome=failed");
  }
}
