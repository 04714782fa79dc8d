package org.tacit.application.scenarios.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.tacit.infrastructure.persistence.TestDatabase.inTransaction;

import jakarta.persistence.EntityManagerFactory;
import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.Set;
import java.util.function.Function;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.tacit.application.access.CallerScope;
import org.tacit.application.access.Callers;
import org.tacit.application.access.NotPermittedException;
import org.tacit.application.access.SecurityEvents;
import org.tacit.application.scenarios.HorizonEntry;
import org.tacit.application.scenarios.HorizonRecord;
import org.tacit.domain.scenario.HorizonTrend;
import org.tacit.domain.scenario.MeasuredHorizons;
import org.tacit.infrastructure.persistence.HorizonRepository;
import org.tacit.infrastructure.persistence.TestDatabase;

/** The measured horizons as the portal keeps them: METR's shipped, and what administrators add. */
class HorizonEvidenceTest {

  @RegisterExtension final SecurityEvents events = new SecurityEvents();

  private static final CallerScope ADA =
      new CallerScope("ada", Set.of(CallerScope.ADMIN), Set.of());
  private static final CallerScope VIC =
      new CallerScope("vic", Set.of(CallerScope.VIEWER), Set.of("OPS"));
  private static final Instant NOW = Instant.parse("2026-12-06T12:00:00Z");
  private static final HorizonEntry NEWER =
      new HorizonEntry(
          YearMonth.of(2026, 11), "Model X", 40.0, 6.0, "Lab X system card, 2026-11-20", true);

  @ParameterizedTest
  @EnumSource(TestDatabase.class)
  void theMigrationShipsMetrsPointsExactlyAsTheCodeListsThem(TestDatabase database) {
    try (EntityManagerFactory jpa = database.freshJpa()) {
      assertThat(as(jpa, VIC, HorizonEvidenceBean::points)).isEqualTo(MeasuredHorizons.published());
      assertThat(as(jpa, VIC, HorizonEvidenceBean::recorded))
          .allSatisfy(
              point -> {
                assertThat(point.shipped()).isTrue();
                assertThat(point.addedBy()).isEqualTo("Tacit");
              });
      HorizonTrend fitted = as(jpa, VIC, bean -> bean.trend());
      assertThat(fitted).isEqualTo(HorizonTrend.fit(MeasuredHorizons.published()));
    }
  }

  @ParameterizedTest
  @EnumSource(TestDatabase.class)
  void anAdministratorAddsAMeasurementThatMovesTheTrendAndRemovesItAgain(TestDatabase database) {
    try (EntityManagerFactory jpa = database.freshJpa()) {
      HorizonTrend shipped = as(jpa, VIC, bean -> bean.trend());

      HorizonRecord added = as(jpa, ADA, bean -> bean.add(NEWER));

      assertThat(added.shipped()).isFalse();
      assertThat(added.addedBy()).isEqualTo("ada");
      assertThat(added.addedAt()).isEqualTo(NOW);
      assertThat(added.point().secondHand()).isTrue();
      assertThat(as(jpa, VIC, HorizonEvidenceBean::recorded)).last().isEqualTo(added);
      HorizonTrend moved = as(jpa, VIC, bean -> bean.trend());
      assertThat(moved.points()).isEqualTo(shipped.points() + 1);
      assertThat(moved.to()).isEqualTo(YearMonth.of(2026, 11));
      assertThat(moved.doublingMonths()).isLessThan(shipped.doublingMonths());

      as(
          jpa,
          ADA,
          bean -> {
            bean.remove(added.id());
            return null;
          });
      HorizonTrend again = as(jpa, VIC, bean -> bean.trend());
      assertThat(again).isEqualTo(shipped);
      assertThat(events.lines())
          .map(line -> line.replaceFirst("^time=\\S+ ", "").replaceFirst(" client=.*", ""))
          .containsExactly(
              "user=\"ada\" action=\"horizon-add\" object=\"horizon point "
                  + added.id()
                  + " Model X 2026-11\" "
                  + "outcome=success",
              "user=\"ada\" action=\"horizon-remove\" object=\"horizon point "
                  + added.id()
                  + " Model X\" "
                  + "outcome=success");
    }
  }

  @ParameterizedTest
  @EnumSource(TestDatabase.class)
  void aMeasurementThatDoesNotFitIsRefusedWithItsReasonAndNothingIsAdded(TestDatabase database) {
    try (EntityManagerFactory jpa = database.freshJpa()) {
      assertThatThrownBy(
              () ->
                  as(
                      jpa,
                      ADA,
                      bean ->
                          bean.add(
                              new HorizonEntry(
                                  YearMonth.of(2026, 11),
                                  "Model X",
                                  2.0,
                                  3.0,
                                  "somewhere",
                                  false))))
          .hasMessageContaining("cannot be longer than the 50 % one");
      assertThatThrownBy(
              () ->
                  as(
                      jpa,
                      ADA,
                      bean ->
                          bean.add(
                              new HorizonEntry(
                                  YearMonth.of(2027, 1),
                                  "Model X",
                                  2.0,
                                  null,
                                  "somewhere",
                                  false))))
          .hasMessageContaining("already released");
      assertThatThrownBy(
              () ->
                  as(
                      jpa,
                      ADA,
                      bean ->
                          bean.add(
                              new HorizonEntry(
                                  YearMonth.of(2026, 11),
                                  "Model X",
                                  null,
                                  null,
                                  "somewhere",
                                  false))))
          .hasMessage("Give the 50 % horizon in hours.");
      assertThatThrownBy(
              () ->
                  as(
                      jpa,
                      ADA,
                      bean ->
                          bean.add(
                              new HorizonEntry(
                                  YearMonth.of(2026, 11), " ", 2.0, null, "somewhere", false))))
          .hasMessageContaining("model");
      assertThatThrownBy(
              () ->
                  as(
                      jpa,
                      ADA,
                      bean ->
                          bean.add(
                              new HorizonEntry(
                                  YearMonth.of(2026, 2),
                                  "claude opus 4.6",
                                  12.0,
                                  null,
                                  "again",
                                  false))))
          .hasMessageContaining("already has a measurement in 2026-02");
      assertThatThrownBy(
              () ->
                  as(
                      jpa,
                      ADA,
                      bean ->
                          bean.add(
                              new HorizonEntry(
                                  YearMonth.of(1950, 1),
                                  "Typo",
                                  1_000_000.0,
                                  null,
                                  "a slip",
                                  false))))
          .hasMessageContaining("would no longer rise");

      assertThat(as(jpa, VIC, HorizonEvidenceBean::points))
          .hasSize(MeasuredHorizons.published().size());
      assertThat(events.lines()).isEmpty();
    }
  }

  @ParameterizedTest
  @EnumSource(TestDatabase.class)
  void aShippedPointStaysAndOnlyAnAdministratorChangesThePoints(TestDatabase database) {
    try (EntityManagerFactory jpa = database.freshJpa()) {
      long shipped = as(jpa, ADA, HorizonEvidenceBean::recorded).get(0).id();

      assertThatThrownBy(
              () ->
                  as(
                      jpa,
                      ADA,
                      bean -> {
                        bean.remove(shipped);
                        return null;
                      }))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("ships with Tacit");
      assertThatThrownBy(() -> as(jpa, VIC, bean -> bean.add(NEWER)))
          .isInstanceOf(NotPermittedException.class);
      assertThatThrownBy(
              () ->
                  as(
                      jpa,
                      VIC,
                      bean -> {
                        bean.remove(shipped);
                        return null;
                      }))
          .isInstanceOf(NotPermittedException.class);

      assertThat(as(jpa, VIC, HorizonEvidenceBean::points))
          .hasSize(MeasuredHorizons.published().size());
      assertThat(events.lines())
          .map(line -> line.replaceFirst("^time=\\S+ ", "").replaceFirst(" client=.*", ""))
          .containsExactly(
              "user=\"vic\" action=\"horizon-add\" object=\"horizon point\" outcome=refused",
              "user=\"vic\" action=\"horizon-remove\" object=\"horizon point "
                  + shipped
                  + "\" outcome=refused");
    }
  }

  /**
   * One call in its own transaction, as the container runs it for {@code caller}, on 6 December
   * 2026.
   */
  private static <T> T as(
      EntityManagerFactory jpa, CallerScope caller, Function<HorizonEvidenceBean, T> call) {
    return inTransaction(
        jpa,
        em -> {
          HorizonEvidenceBean bean = new HorizonEvidenceBean();
          bean.callers =
              new Callers() {
                @Override
                public CallerScope current() {
                  return caller;
                }
              };
          bean.horizons = new HorizonRepository(em);
          bean.clock = Clock.fixed(NOW, ZoneOffset.UTC);
          return call.apply(bean);
        });
  }
}
