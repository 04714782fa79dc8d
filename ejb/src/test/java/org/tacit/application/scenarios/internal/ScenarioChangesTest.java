package org.tacit.application.scenarios.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.tacit.application.scenarios.internal.ScenarioBeans.as;

import jakarta.annotation.security.RolesAllowed;
import jakarta.persistence.EntityManagerFactory;
import java.time.Year;
import java.time.YearMonth;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.tacit.application.StaleEditException;
import org.tacit.application.access.CallerScope;
import org.tacit.application.access.SecurityEvents;
import org.tacit.application.scenarios.AssumptionValue;
import org.tacit.application.scenarios.ScenarioEdit;
import org.tacit.application.scenarios.ScenarioService;
import org.tacit.application.scenarios.ScenarioSummary;
import org.tacit.domain.scenario.ScenarioAssumption;
import org.tacit.domain.scenario.Scenarios;
import org.tacit.infrastructure.persistence.TestDatabase;

/**
 * Analysts and administrators create, copy, change and delete scenarios; nothing is ever
 * overwritten unseen.
 */
class ScenarioChangesTest {

  @RegisterExtension final SecurityEvents events = new SecurityEvents();

  private static final CallerScope SAM =
      new CallerScope("sam", Set.of(CallerScope.ANALYST), Set.of());
  private static final CallerScope ADA =
      new CallerScope("ada", Set.of(CallerScope.ADMIN), Set.of());

  @ParameterizedTest
  @EnumSource(TestDatabase.class)
  void anAnalystCreatesCopiesChangesAndDeletesAScenarioAndEachKeepsWhoChangedItLast(
      TestDatabase database) {
    try (EntityManagerFactory jpa = database.freshJpa()) {
      ScenarioBeans.presets(jpa);
      ScenarioEdit base = as(jpa, SAM, ScenarioServiceBean::defaults).values();
      assertThat(base.value(ScenarioAssumption.DOUBLING_MONTHS))
          .isEqualTo(Scenarios.base().doublingMonths().value());
      assertThat(base.value(ScenarioAssumption.FIRST_YEAR)).isEqualTo(Year.now().getValue());

      ScenarioSummary faster = as(jpa, SAM, r -> r.create(withDoubling(base.named("Faster"), 4)));
      assertThat(faster.changedBy()).isEqualTo("sam");
      assertThat(faster.changedAt()).isNotNull();
      AssumptionValue doubling = doubling(faster);
      assertThat(doubling.value()).isEqualTo(4.0);
      assertThat(doubling.defaultValue()).isEqualTo(Scenarios.base().doublingMonths().value());
      assertThat(doubling.atDefault()).isFalse();
      assertThat(faster.assumptions())
          .filteredOn(a -> a != doubling)
          .allMatch(AssumptionValue::atDefault);

      ScenarioSummary copy = as(jpa, ADA, r -> r.copy(faster.id(), "Faster, copied"));
      assertThat(copy.id()).isNotEqualTo(faster.id());
      assertThat(copy.name()).isEqualTo("Faster, copied");
      assertThat(copy.changedBy()).isEqualTo("ada");
      assertThat(copy.values().named("Faster")).isEqualTo(faster.values());
      assertThat(copy.assumptions()).isEqualTo(faster.assumptions());

      ScenarioSummary saved =
          as(jpa, SAM, r -> r.save(copy.id(), withDoubling(copy.values(), 5.126)));
      assertThat(saved.rowVersion()).isEqualTo(copy.rowVersion() + 1);
      assertThat(saved.changedBy()).isEqualTo("sam");
      assertThat(
              as(jpa, SAM, r -> r.scenario(copy.id()))
                  .values()
                  .value(ScenarioAssumption.DOUBLING_MONTHS))
          .as("kept to the column's two places")
          .isEqualTo(5.13);
      assertThat(
              as(jpa, SAM, r -> r.scenario(faster.id()))
                  .values()
                  .value(ScenarioAssumption.DOUBLING_MONTHS))
          .as("the original is untouched")
          .isEqualTo(4.0);

      as(
          jpa,
          SAM,
          r -> {
            r.delete(saved.id(), saved.rowVersion());
            return null;
          });
      assertThat(as(jpa, SAM, ScenarioServiceBean::scenarios))
          .extracting(ScenarioSummary::name)
          .containsExactly("Base", "Cautious", "Continual learning by 2030", "Fast", "Faster");
      assertThat(events.lines())
          .map(line -> line.replaceFirst("^time=\\S+ ", "").replaceFirst(" client=.*", ""))
          .containsExactly(
              "user=\"sam\" action=\"scenario-create\" object=\"scenario "
                  + faster.id()
                  + " Faster\" outcome=success",
              "user=\"ada\" action=\"scenario-copy\" object=\"scenario "
                  + copy.id()
                  + " Faster, copied\" outcome=success",
              "user=\"sam\" action=\"scenario-save\" object=\"scenario "
                  + copy.id()
                  + " Faster, copied\" outcome=success",
              "user=\"sam\" action=\"scenario-delete\" object=\"scenario "
                  + copy.id()
                  + "\" outcome=success");
    }
  }

  @ParameterizedTest
  @EnumSource(TestDatabase.class)
  void aSaveOrDeleteAgainstAnOlderVersionIsRefusedNamingWhoChangedItAndNothingIsOverwritten(
      TestDatabase database) {
    try (EntityManagerFactory jpa = database.freshJpa()) {
      ScenarioBeans.presets(jpa);
      ScenarioSummary cautious = named(jpa, "Cautious");
      as(jpa, ADA, r -> r.save(cautious.id(), withDoubling(cautious.values(), 10)));

      assertThatThrownBy(
              () -> as(jpa, SAM, r -> r.save(cautious.id(), withDoubling(cautious.values(), 20))))
          .isInstanceOf(StaleEditException.class)
          .hasMessageContaining("“Cautious” was changed meanwhile by ada on ")
          .hasMessageContaining("UTC")
          .hasMessageEndingWith("your change was not saved.");
      assertThatThrownBy(
              () ->
                  as(
                      jpa,
                      SAM,
                      r -> {
                        r.delete(cautious.id(), cautious.rowVersion());
                        return null;
                      }))
          .isInstanceOf(StaleEditException.class)
          .hasMessageEndingWith("it was not deleted.");

      ScenarioSummary stored = named(jpa, "Cautious");
      assertThat(stored.values().value(ScenarioAssumption.DOUBLING_MONTHS)).isEqualTo(10.0);
      assertThat(stored.changedBy()).isEqualTo("ada");
      assertThat(stored.rowVersion()).isEqualTo(cautious.rowVersion() + 1);
    }
  }

  @ParameterizedTest
  @EnumSource(TestDatabase.class)
  void aValueThatDoesNotFitIsRefusedWithItsReasonAndNothingIsSaved(TestDatabase database) {
    try (EntityManagerFactory jpa = database.freshJpa()) {
      ScenarioBeans.presets(jpa);
      ScenarioEdit base = as(jpa, SAM, ScenarioServiceBean::defaults).values().named("Odd");
      ScenarioSummary cautious = named(jpa, "Cautious");

      assertThatThrownBy(() -> as(jpa, SAM, r -> r.create(withDoubling(base, -1))))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage("The horizon's doubling time is a number of months above 0, not -1.");
      assertThatThrownBy(() -> as(jpa, SAM, r -> r.create(withDoubling(base, Double.NaN))))
          .hasMessageContaining("not NaN");
      assertThatThrownBy(() -> as(jpa, SAM, r -> r.create(withDoubling(base, 5000))))
          .hasMessage("The horizon's doubling time is 0.1–1,200 months, not 5,000.");
      assertThatThrownBy(() -> as(jpa, SAM, r -> r.create(base.named("  "))))
          .hasMessage("A scenario needs a name.");
      assertThatThrownBy(
              () ->
                  as(
                      jpa,
                      SAM,
                      r ->
                          r.save(
                              cautious.id(),
                              edit(
                                  cautious.rowVersion(),
                                  "Cautious",
                                  1,
                                  YearMonth.of(2025, 3),
                                  12,
                                  0.075,
                                  0.2,
                                  4,
                                  3,
                                  null,
                                  0.25,
                                  8,
                                  2026,
                                  2036))))
          .hasMessageContaining("Error cost levels are 1–5")
          .hasMessageContaining("not up to 4 and from 3");
      assertThatThrownBy(
              () ->
                  as(
                      jpa,
                      SAM,
                      r ->
                          r.save(
                              cautious.id(),
                              edit(
                                  cautious.rowVersion(),
                                  "Cautious",
                                  1,
                                  null,
                                  12,
                                  0.075,
                                  0.2,
                                  1,
                                  3,
                                  null,
                                  0.25,
                                  8,
                                  2026,
                                  2036))))
          .hasMessage("Say in which month the AI task horizon was measured.");

      assertThat(as(jpa, SAM, ScenarioServiceBean::scenarios)).hasSize(4);
      assertThat(named(jpa, "Cautious")).isEqualTo(cautious);
    }
  }

  @ParameterizedTest
  @EnumSource(TestDatabase.class)
  void aNameInUseWhateverItsCaseIsRefusedOnCreateCopyAndRename(TestDatabase database) {
    try (EntityManagerFactory jpa = database.freshJpa()) {
      ScenarioBeans.presets(jpa);
      ScenarioEdit base = as(jpa, SAM, ScenarioServiceBean::defaults).values();
      ScenarioSummary cautious = named(jpa, "Cautious");

      assertThatThrownBy(() -> as(jpa, SAM, r -> r.create(base.named("base "))))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage("There is already a scenario named “Base”; choose another name.");
      assertThatThrownBy(() -> as(jpa, SAM, r -> r.copy(cautious.id(), "BASE")))
          .hasMessageContaining("already a scenario named “Base”");
      assertThatThrownBy(
              () -> as(jpa, SAM, r -> r.save(cautious.id(), cautious.values().named("Base"))))
          .hasMessageContaining("already a scenario named “Base”");

      ScenarioSummary renamed =
          as(jpa, SAM, r -> r.save(cautious.id(), cautious.values().named("cautious")));
      assertThat(renamed.name()).as("its own name, in another case, is free").isEqualTo("cautious");
      assertThat(as(jpa, SAM, ScenarioServiceBean::scenarios)).hasSize(4);
    }
  }

  @ParameterizedTest
  @EnumSource(TestDatabase.class)
  void theLastScenarioStaysBecauseReportsNeedOne(TestDatabase database) {
    try (EntityManagerFactory jpa = database.freshJpa()) {
      ScenarioBeans.presets(jpa);
      List<ScenarioSummary> all = as(jpa, SAM, ScenarioServiceBean::scenarios);
      for (ScenarioSummary scenario : all.subList(0, 3)) {
        as(
            jpa,
            SAM,
            r -> {
              r.delete(scenario.id(), scenario.rowVersion());
              return null;
            });
      }
      ScenarioSummary last = all.get(3);

      assertThatThrownBy(
              () ->
                  as(
                      jpa,
                      SAM,
                      r -> {
                        r.delete(last.id(), last.rowVersion());
                        return null;
                      }))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage(
              "“Fast” is the last scenario, and reports need one: add another before "
                  + "deleting it.");
      assertThat(as(jpa, SAM, ScenarioServiceBean::scenarios)).containsExactly(last);
    }
  }

  /** The container enforces these; viewers and HR editors are refused before the bean runs. */
  @Test
  void onlyAnalystsAndAdministratorsMayChangeScenariosWhileEveryoneWhoReadsReportsReadsThem()
      throws Exception {
    for (String change : List.of("create", "copy", "save", "delete")) {
      RolesAllowed roles =
          java.util.Arrays.stream(ScenarioServiceBean.class.getMethods())
              .filter(m -> m.getName().equals(change))
              .findFirst()
              .orElseThrow()
              .getAnnotation(RolesAllowed.class);
      assertThat(roles).as(change).isNotNull();
      assertThat(roles.value())
          .as(change)
          .containsExactlyInAnyOrder(CallerScope.ANALYST, CallerScope.ADMIN);
    }
    assertThat(ScenarioServiceBean.class.getMethod("scenarios").getAnnotation(RolesAllowed.class))
        .isNull();
    assertThat(ScenarioServiceBean.class.getAnnotation(RolesAllowed.class).value())
        .contains(CallerScope.VIEWER, CallerScope.EDITOR);
    assertThat(ScenarioService.class.getMethod("defaults")).isNotNull();
  }

  private static ScenarioSummary named(EntityManagerFactory jpa, String name) {
    return as(jpa, SAM, ScenarioServiceBean::scenarios).stream()
        .filter(s -> s.name().equals(name))
        .findFirst()
        .orElseThrow();
  }

  private static AssumptionValue doubling(ScenarioSummary scenario) {
    return scenario.assumptions().stream()
        .filter(a -> a.assumption() == ScenarioAssumption.DOUBLING_MONTHS)
        .findFirst()
        .orElseThrow();
  }

  private static ScenarioEdit withDoubling(ScenarioEdit values, double months) {
    return values.with(ScenarioAssumption.DOUBLING_MONTHS, months);
  }

  /** An edit of the twelve values in the order of {@link ScenarioAssumption}. */
  private static ScenarioEdit edit(long rowVersion, String name, Object... values) {
    Map<ScenarioAssumption, Object> byAssumption = new EnumMap<>(ScenarioAssumption.class);
    for (ScenarioAssumption a : ScenarioAssumption.values()) {
      Object value = values[a.ordinal()];
      byAssumption.put(
          a, a.entry().isDecimal() && value != null ? ((Number) value).doubleValue() : value);
    }
    return new ScenarioEdit(rowVersion, name, byAssumption);
  }
}
