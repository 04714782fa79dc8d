package org.tacit.application.library.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.tacit.application.library.internal.LibraryBeans.ADA;
import static org.tacit.application.library.internal.LibraryBeans.VIC;
import static org.tacit.infrastructure.onet.SmallRelease.CLERKS;
import static org.tacit.infrastructure.onet.SmallRelease.DEVELOPERS;
import static org.tacit.infrastructure.persistence.TestDatabase.inTransaction;
import static org.tacit.infrastructure.persistence.TestDatabase.inTransactionDo;

import jakarta.persistence.EntityManagerFactory;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.tacit.application.access.CallerScope;
import org.tacit.application.library.LibraryImportReport;
import org.tacit.application.library.LibraryReleaseSummary;
import org.tacit.application.library.OccupationDetail;
import org.tacit.application.library.OccupationLibrary;
import org.tacit.application.library.OccupationSummary;
import org.tacit.application.library.OccupationTaskSummary;
import org.tacit.application.library.ReleaseRejectedException;
import org.tacit.domain.model.organisation.Department;
import org.tacit.infrastructure.onet.SmallRelease;
import org.tacit.infrastructure.persistence.TestDatabase;

/**
 * Finding, reading and loading the library, on H2 and PostgreSQL (making roles: {@link
 * RoleFromOccupationTest}).
 */
public class OccupationLibraryBeanTest {

  @TempDir Path temp;

  @ParameterizedTest
  @EnumSource(TestDatabase.class)
  void anAdministratorsUploadReplacesTheWholeLibrary(TestDatabase database) {
    try (EntityManagerFactory jpa = database.freshJpa()) {
      as(
          jpa,
          ADA,
          library ->
              library.importRelease(SmallRelease.official().asZip(temp.resolve("first.zip"))));
      Path smaller =
          SmallRelease.official()
              .with(
                  "Occupation Data.txt",
                  "O*NET-SOC Code\tTitle\tDescription\n"
                      + DEVELOPERS
                      + "\tSoftware Developers\tDevelop software.\n")
              .asFolder(temp.resolve("second"));

      LibraryImportReport report = as(jpa, ADA, library -> library.importRelease(smaller));

      assertThat(report).isEqualTo(new LibraryImportReport("O*NET 27.0", 1, 2, 0));
      Optional<OccupationDetail> clerks = as(jpa, VIC, library -> library.occupation(CLERKS));
      List<OccupationSummary> everything = as(jpa, VIC, library -> library.search("", 10));
      assertThat(clerks).isEmpty();
      assertThat(everything).extracting(OccupationSummary::code).containsExactly(DEVELOPERS);
    }
  }

  @ParameterizedTest
  @EnumSource(TestDatabase.class)
  void aReleaseThatIsNotOnetsIsRejectedAndTheLibraryStaysAsItWas(TestDatabase database) {
    try (EntityManagerFactory jpa = database.freshJpa()) {
      loadSmallRelease(jpa);
      Path broken =
          SmallRelease.official().without("Job Zones.txt").asFolder(temp.resolve("broken"));

      assertThatThrownBy(() -> as(jpa, ADA, library -> library.importRelease(broken)))
          .isInstanceOf(ReleaseRejectedException.class)
          .hasMessageContaining("lacks Job Zones.txt");
      LibraryReleaseSummary unchanged = as(jpa, VIC, library -> library.release().orElseThrow());
      assertThat(unchanged.occupations()).isEqualTo(2);
    }
  }

  @ParameterizedTest
  @EnumSource(TestDatabase.class)
  void searchFindsEveryWordOfTheTitleIgnoringCaseOrTheStartOfTheCode(TestDatabase database) {
    try (EntityManagerFactory jpa = database.freshJpa()) {
      loadSmallRelease(jpa);

      assertThat(search(jpa, "clerks ACCOUNTING", 10))
          .containsExactly(
              new OccupationSummary(CLERKS, "Bookkeeping, Accounting, and Auditing Clerks", 3));
      assertThat(search(jpa, "15-12", 10))
          .containsExactly(new OccupationSummary(DEVELOPERS, "Software Developers", 2));
      assertThat(search(jpa, "clerks software", 10)).isEmpty();
      assertThat(search(jpa, "100%_", 10)).as("wildcards are literal").isEmpty();
      assertThat(search(jpa, " ", 1))
          .extracting(OccupationSummary::code)
          .as("a blank text lists by title, up to the limit")
          .containsExactly(CLERKS);
    }
  }

  @ParameterizedTest
  @EnumSource(TestDatabase.class)
  void anOccupationListsCoreTasksFirstWithDefaultSharesThatAddUpToOneHundred(
      TestDatabase database) {
    try (EntityManagerFactory jpa = database.freshJpa()) {
      loadSmallRelease(jpa);

      OccupationDetail clerks = as(jpa, VIC, library -> library.occupation(CLERKS)).orElseThrow();

      assertThat(clerks.jobZone()).isEqualTo(3);
      assertThat(clerks.onTheJobTraining()).isEqualTo("Over 1 month, up to 3 months");
      assertThat(clerks.tasks())
          .extracting(OccupationTaskSummary::taskId)
          .containsExactly(1001L, 1002L, 1003L);
      assertThat(clerks.tasks())
          .extracting(OccupationTaskSummary::type)
          .containsExactly("Core", "Core", "Supplemental");
      // weights 8 x 4.5, 2 x 4 and 12/260 x 3; the rounding remainder goes on the largest
      assertThat(clerks.tasks())
          .extracting(OccupationTaskSummary::defaultSharePct)
          .containsExactly(
              new BigDecimal("81.57"), new BigDecimal("18.12"), new BigDecimal("0.31"));
      OccupationDetail developers =
          as(jpa, VIC, library -> library.occupation(DEVELOPERS)).orElseThrow();
      assertThat(developers.tasks())
          .extracting(OccupationTaskSummary::defaultSharePct)
          .as("unrated: equal shares")
          .containsExactly(new BigDecimal("50.00"), new BigDecimal("50.00"));
      assertThat(developers.tasks().get(1).type()).isNull();
    }
  }

  @ParameterizedTest
  @EnumSource(TestDatabase.class)
  void theReleaseSaysWhoLoadedItAndCarriesItsAttribution(TestDatabase database) {
    try (EntityManagerFactory jpa = database.freshJpa()) {
      Optional<LibraryReleaseSummary> none = as(jpa, VIC, library -> library.release());
      assertThat(none).isEmpty();
      loadSmallRelease(jpa);

      LibraryReleaseSummary release = as(jpa, VIC, library -> library.release().orElseThrow());

      assertThat(release.name()).isEqualTo("O*NET 27.0");
      assertThat(release.loadedBy()).isEqualTo("ada");
      assertThat(release.attribution())
          .isEqualTo(
              "This product includes information from the O*NET 27.0 Database by the U.S."
                  + " Department of Labor, Employment and Training Administration (USDOL/ETA). Used"
                  + " under the CC BY 4.0 license. O*NET® is a trademark of USDOL/ETA. Tacit has"
                  + " modified all or some of this information. USDOL/ETA has not approved,"
                  + " endorsed, or tested these modifications.");
      assertThat(release.occupations()).isEqualTo(2);
      assertThat(release.tasks()).isEqualTo(5);
    }
  }

  private static List<OccupationSummary> search(EntityManagerFactory jpa, String text, int limit) {
    return as(jpa, VIC, library -> library.search(text, limit));
  }

  /** The small release, and the department FIN that roles are made in. */
  public static void loadSmallRelease(EntityManagerFactory jpa, Path folder) {
    as(jpa, ADA, library -> library.importRelease(SmallRelease.official().asFolder(folder)));
    inTransactionDo(jpa, em -> em.persist(new Department("FIN", "Finance", null)));
  }

  private void loadSmallRelease(EntityManagerFactory jpa) {
    loadSmallRelease(jpa, temp.resolve("release"));
  }

  public static <T> T as(
      EntityManagerFactory jpa, CallerScope caller, Function<OccupationLibrary, T> work) {
    return inTransaction(jpa, em -> work.apply(LibraryBeans.service(em, caller)));
  }
}
