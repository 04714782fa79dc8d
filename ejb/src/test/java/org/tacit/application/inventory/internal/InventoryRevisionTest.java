package org.tacit.application.inventory.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tacit.infrastructure.persistence.TestDatabase.inTransaction;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.tacit.domain.model.inventory.imports.DepartmentDraft;
import org.tacit.domain.model.inventory.imports.InventoryDraft;
import org.tacit.domain.model.inventory.imports.RoleDraft;
import org.tacit.domain.model.inventory.imports.TaskDraft;
import org.tacit.infrastructure.persistence.InventoryRepository;
import org.tacit.infrastructure.persistence.TestDatabase;

/** The revision the reports' figures are kept by: raised once by every change, by nothing else. */
class InventoryRevisionTest {

  @ParameterizedTest
  @EnumSource(TestDatabase.class)
  void everyTransactionThatChangesTheInventoryRaisesTheRevisionOnce(TestDatabase database) {
    try (EntityManagerFactory jpa = database.freshJpa()) {
      long before = revision(jpa);

      importFile(jpa, file("40", "60"));
      assertThat(revision(jpa)).as("an import of 2 tasks and a role").isEqualTo(before + 1);

      importFile(jpa, file("40", "60"));
      assertThat(revision(jpa)).as("the same file again changes nothing").isEqualTo(before + 1);

      inTransaction(
          jpa, em -> new InventoryImporter(new InventoryRepository(em)).check(file("50", "50")));
      assertThat(revision(jpa)).as("a check").isEqualTo(before + 1);

      importFile(jpa, file("50", "50"));
      assertThat(revision(jpa)).as("a changed file").isEqualTo(before + 2);
    }
  }

  @ParameterizedTest
  @EnumSource(TestDatabase.class)
  void anEditorsSaveDoesNotWaitForAnImportStillBeingWritten(TestDatabase database)
      throws Exception {
    try (EntityManagerFactory jpa = database.freshJpa()) {
      long before = revision(jpa);
      EntityManager importing = jpa.createEntityManager();
      ExecutorService editor = Executors.newSingleThreadExecutor();
      try {
        importing.getTransaction().begin();
        new InventoryImporter(new InventoryRepository(importing))
            .apply(file("40", "60"), "ada", Instant.parse("2026-12-07T10:00:00Z"));
        importing.flush();

        Future<?> save =
            editor.submit(() -> importFile(jpa, file("OPS", "Operations", "30", "70")));
        save.get(20, TimeUnit.SECONDS);
        assertThat(revision(jpa)).as("the save is committed first").isEqualTo(before + 1);

        importing.getTransaction().commit();
        assertThat(revision(jpa)).as("then the import").isEqualTo(before + 2);
      } finally {
        editor.shutdownNow();
        if (importing.getTransaction().isActive()) {
          importing.getTransaction().rollback();
        }
        importing.close();
      }
    }
  }

  private static void importFile(EntityManagerFactory jpa, InventoryDraft draft) {
    inTransaction(
        jpa,
        em ->
            new InventoryImporter(new InventoryRepository(em))
                .apply(draft, "hedda", Instant.parse("2026-12-07T10:00:00Z")));
  }

  private static long revision(EntityManagerFactory jpa) {
    return inTransaction(jpa, em -> new InventoryRepository(em).revision());
  }

  private static InventoryDraft file(String first, String second) {
    return file("FIN", "Finance", first, second);
  }

  private static InventoryDraft file(String code, String name, String first, String second) {
    return new InventoryDraft(
        List.of(new DepartmentDraft(code, name)),
        List.of(
            new RoleDraft(
                code,
                null,
                "Accounts clerk",
                null,
                null,
                null,
                List.of(
                    new TaskDraft("Match invoices", new BigDecimal(first), Map.of()),
                    new TaskDraft("Pay suppliers", new BigDecimal(second), Map.of())))));
  }
}
