package org.tacit.application.inventory.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tacit.application.library.internal.LibraryBeans.HEDDA;
import static org.tacit.infrastructure.persistence.TestDatabase.inTransaction;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.tacit.application.inventory.ImportReport.Changes;
import org.tacit.application.library.internal.OccupationLibraryBeanTest;
import org.tacit.domain.model.inventory.Provenance;
import org.tacit.domain.model.inventory.Task;
import org.tacit.domain.model.inventory.imports.InventoryDraft;
import org.tacit.domain.report.ExportFormat;
import org.tacit.infrastructure.imports.ImportLimits;
import org.tacit.infrastructure.imports.InventoryFiles;
import org.tacit.infrastructure.onet.SmallRelease;
import org.tacit.infrastructure.persistence.InventoryRepository;
import org.tacit.infrastructure.persistence.OccupationRepository;
import org.tacit.infrastructure.persistence.TestDatabase;

/**
 * Time shares a file does not give: derived, marked estimated, and stable through re-import and
 * export.
 */
class DerivedSharesImportTest {

  @TempDir Path temp;

  @ParameterizedTest
  @EnumSource(TestDatabase.class)
  void aRoleWithoutSharesLinkedToAnOccupationGetsSharesFromOnetFrequencyAndImportance(
      TestDatabase database) throws IOException {
    try (EntityManagerFactory jpa = database.freshJpa()) {
      OccupationLibraryBeanTest.loadSmallRelease(jpa, temp.resolve("release"));
      InventoryDraft file =
          draft(
              """
              department,department_code,role,onet_soc,task
              Finance,FIN,Bookkeeper,%s,Operate computers programmed with accounting software.
              Finance,FIN,Bookkeeper,%s,Check figures  postings and documents for correct entry.
              Finance,FIN,Bookkeeper,%s,Reconcile records of bank transactions.
              Finance,FIN,Office clerk,,File the letters
              Finance,FIN,Office clerk,,Answer the phone
              """
                  .formatted(SmallRelease.CLERKS, SmallRelease.CLERKS, SmallRelease.CLERKS));

      apply(jpa, file);

      List<Task> bookkeeper = tasks(jpa, "Bookkeeper");
      assertThat(bookkeeper)
          .allSatisfy(t -> assertThat(t.timeShareProvenance()).contains(Provenance.ESTIMATED));
      assertThat(
              bookkeeper.stream()
                  .map(t -> t.timeSharePct().orElseThrow())
                  .reduce(BigDecimal.ZERO, BigDecimal::add))
          .isEqualByComparingTo("100");
      assertThat(bookkeeper.get(0).timeSharePct().orElseThrow())
          .as("the task O*NET rates as done most often weighs most")
          .isGreaterThan(bookkeeper.get(2).timeSharePct().orElseThrow());
      assertThat(tasks(jpa, "Office clerk"))
          .extracting(t -> t.timeSharePct().orElseThrow().toPlainString())
          .containsExactly("50.00", "50.00");
      assertThat(apply(jpa, file).any())
          .as("importing the same file again changes nothing")
          .isFalse();
    }
  }

  @ParameterizedTest
  @EnumSource(TestDatabase.class)
  void aRoleStartedFromAnOccupationExportsAndImportsBackUnchanged(TestDatabase database)
      throws IOException {
    try (EntityManagerFactory jpa = database.freshJpa()) {
      OccupationLibraryBeanTest.loadSmallRelease(jpa, temp.resolve("release"));
      OccupationLibraryBeanTest.as(
          jpa,
          HEDDA,
          library ->
              library.newRoleFromOccupation(
                  "FIN", SmallRelease.CLERKS, "Bookkeeper", new BigDecimal("3"), null, false));

      Path exported =
          Files.write(
              temp.resolve("export.csv"), inTransaction(jpa, DerivedSharesImportTest::export));
      Changes changes =
          apply(
              jpa,
              InventoryFiles.read(exported, "export.csv", ImportLimits.defaults())
                  .draft()
                  .orElseThrow());

      assertThat(changes.any()).as("estimated shares and answers survive the round trip").isFalse();
      assertThat(tasks(jpa, "Bookkeeper"))
          .allSatisfy(
              t -> {
                assertThat(t.timeShareProvenance()).contains(Provenance.ESTIMATED);
                assertThat(t.facts().answers()).isNotEmpty();
              });
    }
  }

  private static Changes apply(EntityManagerFactory jpa, InventoryDraft draft) {
    return inTransaction(
        jpa,
        em ->
            new InventoryImporter(new InventoryRepository(em), new OccupationRepository(em))
                .apply(draft, "hedda", Instant.now()));
  }

  private static List<Task> tasks(EntityManagerFactory jpa, String role) {
    return inTransaction(
        jpa,
        em ->
            em.createQuery("select t from Task t where t.role.title = :r order by t.id", Task.class)
                .setParameter("r", role)
                .getResultList());
  }

  private static byte[] export(EntityManager em) {
    InventoryExporter exporter = new InventoryExporter();
    exporter.inventory = new InventoryRepository(em);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      exporter.write(exporter.inventory.departments(), ExportFormat.CSV, out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  private InventoryDraft draft(String csv) throws IOException {
    Path file = Files.writeString(temp.resolve("file-" + System.nanoTime() + ".csv"), csv);
    return InventoryFiles.read(file, "file.csv", ImportLimits.defaults()).draft().orElseThrow();
  }
}
