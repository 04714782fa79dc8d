package org.tacit.application.inventory.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tacit.infrastructure.persistence.TestDatabase.inTransaction;
import static org.tacit.infrastructure.persistence.TestDatabase.inTransactionDo;

import jakarta.persistence.EntityManagerFactory;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.tacit.domain.model.inventory.imports.ImportResult;
import org.tacit.domain.model.inventory.imports.InventoryDraft;
import org.tacit.domain.model.organisation.Department;
import org.tacit.domain.report.ExportFormat;
import org.tacit.infrastructure.imports.ImportLimits;
import org.tacit.infrastructure.imports.InventoryFiles;
import org.tacit.infrastructure.persistence.InventoryRepository;
import org.tacit.infrastructure.persistence.TestDatabase;

/** An export imports back unchanged: the same draft, and importing it changes nothing. */
class ExportRoundTripTest {

  private static final String FILE =
      """
      department;department_code;role;role_code;role_headcount;role_annual_cost;onet_soc;task;task_time_share_pct;novelty;task_length_hours;error_cost
      Finance;FIN;Accounts clerk;AC-1;4.5;52000;43-3031.00;"Match invoices; then file them";60;1;0.25;3
      Finance;FIN;Accounts clerk;AC-1;4.5;52000;43-3031.00;=SUM(A1) is not a formula here;40;;;
      Finance;FIN;Controller;;1;98000;;Close the books with the auditors;;4;;5
      Recherche & Développement;;Chercheuse;;2;70000;;Écrire « les hypothèses »;;5;;
      """;

  @ParameterizedTest
  @CsvSource({"H2, CSV", "H2, XLSX", "POSTGRESQL, CSV", "POSTGRESQL, XLSX"})
  void anExportImportsBackUnchanged(TestDatabase database, ExportFormat format) throws IOException {
    InventoryDraft original =
        read(Files.writeString(Files.createTempFile("original", ".csv"), FILE), "original.csv");
    try (EntityManagerFactory jpa = database.freshJpa()) {
      inTransactionDo(
          jpa,
          em -> {
            InventoryImporter importer = new InventoryImporter(new InventoryRepository(em));
            importer.apply(original, "hedda", Instant.now());
          });

      byte[] exported = inTransaction(jpa, em -> export(em, format));
      Path file = Files.write(Files.createTempFile("export", "." + format.extension()), exported);
      InventoryDraft roundTripped = read(file, "export." + format.extension());

      assertThat(roundTripped.departments())
          .containsExactlyInAnyOrderElementsOf(original.departments());
      assertThat(roundTripped.roles()).containsExactlyInAnyOrderElementsOf(original.roles());
      assertThat(
              inTransaction(
                      jpa,
                      em -> {
                        InventoryImporter importer =
                            new InventoryImporter(new InventoryRepository(em));
                        return importer.apply(roundTripped, "hedda", Instant.now());
                      })
                  .any())
          .as("importing the export changes nothing")
          .isFalse();
    }
  }

  private static byte[] export(jakarta.persistence.EntityManager em, ExportFormat format) {
    InventoryExporter exporter = new InventoryExporter();
    exporter.inventory = new InventoryRepository(em);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      List<Department> all = exporter.inventory.departments();
      exporter.write(all, format, out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  private static InventoryDraft read(Path file, String name) throws IOException {
    ImportResult result = InventoryFiles.read(file, name, ImportLimits.defaults());
    assertThat(result.problems()).isEmpty();
    return result.draft().orElseThrow();
  }
}
