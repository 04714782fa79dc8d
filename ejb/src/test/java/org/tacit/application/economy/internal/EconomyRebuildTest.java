package org.tacit.application.economy.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tacit.infrastructure.persistence.TestDatabase.inTransactionDo;

import jakarta.persistence.EntityManagerFactory;
import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.tacit.application.library.internal.OccupationLibraryBeanTest;
import org.tacit.domain.model.assessment.RuleSetVersion;
import org.tacit.infrastructure.persistence.AssessmentRepository;
import org.tacit.infrastructure.persistence.OccupationRepository;
import org.tacit.infrastructure.persistence.TestDatabase;

/** The US economy is kept, and built again only when what it rests on changes. */
class EconomyRebuildTest {

  @TempDir Path temp;
  private final EconomyCache cache = new EconomyCache();

  @ParameterizedTest
  @EnumSource(TestDatabase.class)
  void theEconomyIsBuiltOnceAndAgainOnlyForANewRuleSetOrRelease(TestDatabase database) {
    try (EntityManagerFactory jpa = database.freshJpa()) {
      OccupationLibraryBeanTest.loadSmallRelease(jpa, temp.resolve("release"));

      inTransactionDo(
          jpa,
          em -> {
            cache.library = new OccupationRepository(em);
            RuleSetVersion published = new AssessmentRepository(em).published();
            Economy first = cache.economy(published);
            assertThat(cache.economy(published)).isSameAs(first);

            RuleSetVersion next =
                RuleSetVersion.draft(2, published.ruleSet(), "ada", Instant.now());
            next.publish("ada", Instant.now());
            Economy rescored = cache.economy(next);
            assertThat(rescored).isNotSameAs(first);
            assertThat(rescored.key().ruleSetVersion()).isEqualTo(2);
            assertThat(rescored.key().libraryRelease()).isEqualTo("O*NET 27.0");
          });
    }
  }
}
