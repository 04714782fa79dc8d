package org.tacit.infrastructure.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * During a rolling update the release before runs on one instance while the new one has already
 * migrated the schema (docs/operations.md, "A rolling update"). So a migration only adds: tables,
 * columns that are nullable or have a default, indexes. What the release before still reads or
 * writes is removed, renamed or made stricter only a release later, once no instance runs it.
 */
class RollingMigrationsTest {

  private static final Path MIGRATIONS = Path.of("src/main/resources/db/migration");

  /** What the release before could trip over, with why. */
  private static final Map<Pattern, String> BREAKING =
      Map.of(
          Pattern.compile("drop\\s+table"), "drops a table",
          Pattern.compile("drop\\s+column"), "drops a column",
          Pattern.compile("\\brename\\b"), "renames",
          Pattern.compile("alter\\s+column\\s+\\w+\\s+(set\\s+data\\s+)?type"), "changes a type",
          Pattern.compile("set\\s+not\\s+null"), "makes a column required",
          Pattern.compile(
                  "add\\s+column\\s+(?:(?!default)[^;,])*not\\s+null(?:(?!default)[^;,])*(;|,|$)"),
              "adds a required column with no default");

  /**
   * Written before the portal ran as more than one instance; each replaced what it touched in one
   * step, with every instance stopped.
   */
  private static final List<String> BEFORE_ROLLING_UPDATES =
      List.of(
          "V9__scenario_real_work_and_trend.sql: makes a column required",
          "V15__assessment_run_heartbeat.sql: makes a column required");

  @Test
  void everyMigrationOnlyAddsSoTheReleaseBeforeKeepsWorkingBesideIt() throws IOException {
    List<String> breaking = new ArrayList<>();
    try (Stream<Path> files = Files.list(MIGRATIONS)) {
      for (Path file : files.sorted().toList()) {
        String sql = withoutComments(Files.readString(file)).toLowerCase();
        BREAKING.forEach(
            (pattern, what) -> {
              if (pattern.matcher(sql).find()) {
                breaking.add(file.getFileName() + ": " + what);
              }
            });
      }
    }
    assertThat(breaking).containsExactlyInAnyOrderElementsOf(BEFORE_ROLLING_UPDATES);
  }

  @Test
  void theRuleCatchesWhatWouldBreakTheReleaseBefore() {
    for (String sql :
        List.of(
            "alter table task drop column novelty;",
            "drop table scenario;",
            "alter table task rename column statement to text;",
            "alter table task alter column statement type varchar(10);",
            "alter table task alter column novelty set not null;",
            "alter table task add column owner varchar(20) not null;")) {
      assertThat(BREAKING.keySet().stream().anyMatch(p -> p.matcher(sql).find())).as(sql).isTrue();
    }
    for (String sql :
        List.of(
            "alter table task add column owner varchar(20);",
            "alter table task add column done integer default 0 not null;",
            "create index task_role_idx on task (role_id);",
            "drop index assessed_task_department_idx;")) {
      assertThat(BREAKING.keySet().stream().anyMatch(p -> p.matcher(sql).find())).as(sql).isFalse();
    }
  }

  private static String withoutComments(String sql) {
    return sql.replaceAll("--[^\\n]*", "");
  }
}
