package org.tacit.infrastructure.persistence;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.function.Consumer;
import org.tacit.domain.model.assessment.TaskInput;
import org.tacit.domain.model.assessment.TaskResult;
import org.tacit.domain.model.inventory.TaskFact;
import org.tacit.domain.model.inventory.TaskFacts;
import org.tacit.domain.scoring.TaskClass;

/**
 * The rows behind assessments, in plain JDBC: the inventory's tasks as a run reads them, and a
 * run's assessed tasks as it writes and reads them. An organisation of 100,000 tasks is read and
 * written in seconds this way; through entities it would take minutes and the heap.
 */
public final class AssessedTaskRows {

  private static final TaskFact[] FACTS = TaskFact.values(); // before the statements that name them

  /** Tasks of the inventory with their role and department, in department, role and task order. */
  private static final String INVENTORY =
      "select t.id, d.id, d.code, d.name, r.id, r.title, r.onet_soc,"
          + " r.headcount_fte, r.annual_cost_per_fte, t.statement, t.time_share_pct, "
          + factColumns("t.")
          + ", t.estimated_facts from task t join job_role r on r.id = t.role_id join department d"
          + " on d.id = r.department_id";

  private static final String RUN_TASKS =
      "select task_id, department_id, department_code, department_name, role_id,"
          + " role_title, onet_soc, headcount_fte, annual_cost_per_fte, statement, time_share_pct, "
          + factColumns("")
          + ", estimated_facts, learning_need, automation_readiness, task_class, confidence,"
          + " contributions from assessed_task where run_id = ?";

  private static final String INSERT =
      "insert into assessed_task (run_id, task_id, department_id, department_code, department_name,"
          + " role_id, role_title, onet_soc, headcount_fte, annual_cost_per_fte, statement,"
          + " time_share_pct, "
          + factColumns("")
          + ", estimated_facts, learning_need, automation_readiness,"
          + " task_class, confidence, contributions) values ("
          + "?, ".repeat(30)
          + "?)";

  private static final int BATCH = 1000;

  private AssessedTaskRows() {}

  /** A task read back from a run. */
  public record Row(TaskInput input, TaskResult result) {}

  /**
   * The inventory's tasks of the given departments (all, when {@code departmentIds} is null), or of
   * one role when {@code roleId} is not null, or one task when {@code taskId} is not null, handed
   * to {@code each} one by one.
   */
  public static void inventory(
      Connection connection,
      Collection<Long> departmentIds,
      Long roleId,
      Long taskId,
      Consumer<TaskInput> each)
      throws SQLException {
    Long one = taskId != null ? taskId : roleId;
    if (departmentIds != null && departmentIds.isEmpty() && one == null) {
      return; // a caller who may read no department: no query, and no "in ()" that would not parse
    }
    String where =
        taskId != null
            ? " where t.id = ?"
            : roleId != null
                ? " where r.id = ?"
                : departmentIds == null
                    ? ""
                    : " where d.id in (" + placeholders(departmentIds.size()) + ")";
    try (PreparedStatement query =
        connection.prepareStatement(INVENTORY + where + " order by d.code, r.title, r.id, t.id")) {
      int i = 1;
      if (one != null) {
        query.setLong(i, one);
      } else if (departmentIds != null) {
        for (long id : departmentIds) {
          query.setLong(i++, id);
        }
      }
      query.setFetchSize(BATCH);
      try (ResultSet rows = query.executeQuery()) {
        while (rows.next()) {
          each.accept(input(rows));
        }
      }
    }
  }

  /**
   * What a task's input was read from, as the database holds it now: the versions of the task and
   * its role, raised by every change to them, and its department's code and name (a department has
   * no version). A task whose stamp is as before reads as before (for the same O*NET release).
   */
  public record TaskStamp(
      long taskVersion, long roleVersion, String departmentCode, String departmentName) {}

  /** Every task's stamp, by task id: one narrow read of the organisation, in no order. */
  public static Map<Long, TaskStamp> stamps(Connection connection) throws SQLException {
    Map<Long, TaskStamp> stamps = new HashMap<>();
    try (PreparedStatement query =
        connection.prepareStatement(
            "select t.id, t.version, r.version, d.code, d.name from task t join job_role r on"
                + " r.id = t.role_id join department d on d.id = r.department_id")) {
      query.setFetchSize(BATCH);
      try (ResultSet rows = query.executeQuery()) {
        while (rows.next()) {
          stamps.put(
              rows.getLong(1),
              new TaskStamp(
                  rows.getLong(2), rows.getLong(3), rows.getString(4), rows.getString(5)));
        }
      }
    }
    return stamps;
  }

  /** The tasks of {@code taskIds} as {@link #inventory} reads them, in no order. */
  public static void tasks(
      Connection connection, Collection<Long> taskIds, Consumer<TaskInput> each)
      throws SQLException {
    byIds(
        connection,
        INVENTORY + " where t.id in (",
        List.of(),
        List.copyOf(taskIds),
        rows -> each.accept(input(rows)));
  }

  /** A row as {@link #byIds} hands it on. */
  @FunctionalInterface
  private interface RowReader {
    void read(ResultSet row) throws SQLException;
  }

  /**
   * Runs {@code select} (ending in "… in (") for {@code ids}, a thousand at a time, with {@code
   * before} bound ahead of the ids, and hands each row to {@code each}.
   */
  private static void byIds(
      Connection connection, String select, List<Long> before, List<Long> ids, RowReader each)
      throws SQLException {
    for (int from = 0; from < ids.size(); from += BATCH) {
      List<Long> chunk = ids.subList(from, Math.min(ids.size(), from + BATCH));
      try (PreparedStatement query =
          connection.prepareStatement(select + placeholders(chunk.size()) + ")")) {
        int i = 1;
        for (long value : before) {
          query.setLong(i++, value);
        }
        for (long id : chunk) {
          query.setLong(i++, id);
        }
        try (ResultSet rows = query.executeQuery()) {
          while (rows.next()) {
            each.read(rows);
          }
        }
      }
    }
  }

  public static void write(
      Connection connection, long runId, List<TaskInput> inputs, List<TaskResult> results)
      throws SQLException {
    try (PreparedStatement insert = connection.prepareStatement(INSERT)) {
      for (int n = 0; n < inputs.size(); n++) {
        TaskInput in = inputs.get(n);
        TaskResult out = results.get(n);
        int i = 1;
        insert.setLong(i++, runId);
        insert.setLong(i++, in.taskId());
        insert.setLong(i++, in.departmentId());
        insert.setString(i++, in.departmentCode());
        insert.setString(i++, in.departmentName());
        insert.setLong(i++, in.roleId());
        insert.setString(i++, in.roleTitle());
        insert.setString(i++, in.onetSoc());
        insert.setBigDecimal(i++, in.headcountFte());
        insert.setBigDecimal(i++, in.annualCostPerFte());
        insert.setString(i++, in.statement());
        insert.setBigDecimal(i++, in.timeSharePct());
        TaskFacts facts = in.facts();
        for (TaskFact fact : FACTS) {
          BigDecimal value = facts.value(fact).orElse(null);
          if (value == null) {
            insert.setNull(
                i++, fact == TaskFact.TASK_LENGTH_HOURS ? Types.NUMERIC : Types.SMALLINT);
          } else if (fact == TaskFact.TASK_LENGTH_HOURS) {
            insert.setBigDecimal(i++, value);
          } else {
            insert.setShort(i++, value.shortValueExact());
          }
        }
        insert.setInt(i++, facts.estimatedBits());
        setScore(insert, i++, out.learningNeed());
        setScore(insert, i++, out.automationReadiness());
        insert.setString(i++, out.taskClass().name());
        insert.setBigDecimal(i++, BigDecimal.valueOf(out.confidence()));
        insert.setString(i, out.pointsText());
        insert.addBatch();
        if ((n + 1) % BATCH == 0) {
          insert.executeBatch();
        }
      }
      insert.executeBatch();
    }
  }

  /**
   * A run's tasks, in department, role and task order; only those of {@code departmentCodes} unless
   * it is null; {@code first} and {@code max} page through them.
   */
  public static List<Row> read(
      Connection connection, long runId, Collection<String> departmentCodes, int first, int max)
      throws SQLException {
    return read(connection, runId, Selection.of(departmentCodes), first, max);
  }

  /**
   * The run's tasks that {@code selection} keeps, in its order; {@code first} and {@code max} page
   * through them.
   *
   * <p>Read in two steps: the page's task ids in order, then their rows. Asked for every column at
   * once, H2 read a 100,000-task run through its run index and sorted all of it for each page of 25
   * (two seconds); asked for the ids alone, it reads them from the order's index (V13, V14).
   */
  public static List<Row> read(
      Connection connection, long runId, Selection selection, int first, int max)
      throws SQLException {
    List<Row> rows = new ArrayList<>();
    if (selection.keepsNothing()) {
      return rows;
    }
    List<Long> page = new ArrayList<>();
    try (PreparedStatement query =
        connection.prepareStatement(
            "select task_id from assessed_task where run_id = ?"
                + selection.where()
                + " order by "
                + selection.order().sql(selection.descending())
                + " limit ? offset ?")) {
      int i = selection.bind(query, runId);
      query.setInt(i++, max);
      query.setInt(i, first);
      query.setFetchSize(Math.min(max, BATCH));
      try (ResultSet result = query.executeQuery()) {
        while (result.next()) {
          page.add(result.getLong(1));
        }
      }
    }
    Map<Long, Row> byId = new HashMap<>();
    byIds(
        connection,
        RUN_TASKS + " and task_id in (",
        List.of(runId),
        page,
        result -> {
          Row row = row(result);
          byId.put(row.input().taskId(), row);
        });
    for (long id : page) {
      rows.add(byId.get(id));
    }
    return rows;
  }

  private static Row row(ResultSet result) throws SQLException {
    TaskInput input = input(result);
    int c = 12 + FACTS.length + 1;
    TaskResult out =
        new TaskResult(
            score(result, c),
            score(result, c + 1),
            TaskClass.valueOf(result.getString(c + 2)),
            result.getBigDecimal(c + 3).doubleValue(),
            TaskResult.parsePoints(result.getString(c + 4)));
    return new Row(input, out);
  }

  /** How many tasks of the run each of {@code departmentCodes} (all, when null) holds. */
  public static int count(Connection connection, long runId, Collection<String> departmentCodes)
      throws SQLException {
    return count(connection, runId, Selection.of(departmentCodes));
  }

  /** How many tasks of the run {@code selection} keeps. */
  public static int count(Connection connection, long runId, Selection selection)
      throws SQLException {
    if (selection.keepsNothing()) {
      return 0;
    }
    try (PreparedStatement query =
        connection.prepareStatement(
            "select count(*) from assessed_task where run_id = ?" + selection.where())) {
      selection.bind(query, runId);
      try (ResultSet result = query.executeQuery()) {
        result.next();
        return result.getInt(1);
      }
    }
  }

  /**
   * The order a run's tasks are read in. Each names its columns here, so no text from a request
   * ever reaches the SQL; a task's id breaks ties, so that pages neither repeat nor skip a task. A
   * task without a score counts as the lowest, so that the order is the same on H2 and PostgreSQL
   * and an index (V13) read forwards or backwards gives either direction.
   */
  public enum Order {
    /** Department, role and task: the run's own order. */
    DEPARTMENT_ROLE_TASK("department_code", "role_title", "role_id"),
    STATEMENT("statement"),
    ROLE("role_title", "role_id"),
    TASK_CLASS("task_class"),
    LEARNING_NEED("learning_need nulls first"),
    AUTOMATION_READINESS("automation_readiness nulls first"),
    CONFIDENCE("confidence");

    private final String[] columns;

    Order(String... columns) {
      this.columns = columns;
    }

    String sql(boolean descending) {
      // The run first, though the query keeps one: H2 reads a page from an index (V13, V14) only
      // when the order names the index's columns from its first; PostgreSQL does either way
      StringBuilder sql = new StringBuilder(descending ? "run_id desc, " : "run_id, ");
      for (String column : columns) {
        sql.append(descending ? reversed(column) : column).append(", ");
      }
      return sql.append(descending ? "task_id desc" : "task_id").toString();
    }

    private static String reversed(String column) {
      return column.endsWith(" nulls first")
          ? column.replace(" nulls first", " desc nulls last")
          : column + " desc";
    }
  }

  /**
   * Which of a run's tasks to read and in what order.
   *
   * @param departmentCodes only these departments' tasks; every task when null
   * @param statementContains only tasks whose statement contains this, whatever the case; any when
   *     null or blank
   * @param taskClass only tasks of this class (its name); any when null or blank
   */
  public record Selection(
      Collection<String> departmentCodes,
      String statementContains,
      String taskClass,
      Order order,
      boolean descending) {

    public Selection {
      departmentCodes = departmentCodes == null ? null : List.copyOf(departmentCodes);
      statementContains =
          statementContains == null || statementContains.isBlank()
              ? null
              : statementContains.strip();
      taskClass = taskClass == null || taskClass.isBlank() ? null : taskClass;
      order = order == null ? Order.DEPARTMENT_ROLE_TASK : order;
    }

    /** The tasks of {@code departmentCodes} (all, when null) in the run's own order. */
    public static Selection of(Collection<String> departmentCodes) {
      return new Selection(departmentCodes, null, null, Order.DEPARTMENT_ROLE_TASK, false);
    }

    /** A caller who may read no department: no query, and no "in ()" that would not parse. */
    boolean keepsNothing() {
      return departmentCodes != null && departmentCodes.isEmpty();
    }

    /** The conditions after {@code run_id = ?}, with a placeholder for every value. */
    String where() {
      return inDepartments(departmentCodes)
          + (statementContains == null ? "" : " and lower(statement) like ? escape '!'")
          + (taskClass == null ? "" : " and task_class = ?");
    }

    /** Binds the run and the values of {@link #where}; returns the next parameter's index. */
    int bind(PreparedStatement query, long runId) throws SQLException {
      int i = bindRun(query, runId, departmentCodes);
      if (statementContains != null) {
        query.setString(i++, "%" + likeLiteral(statementContains.toLowerCase(Locale.ROOT)) + "%");
      }
      if (taskClass != null) {
        query.setString(i++, taskClass);
      }
      return i;
    }

    /** {@code text} matched as it is by {@code like … escape '!'}: its wildcards made plain. */
    private static String likeLiteral(String text) {
      return text.replace("!", "!!").replace("%", "!%").replace("_", "!_");
    }
  }

  /** The run's tasks per class name, of {@code departmentCodes} (all, when null). */
  public static Map<String, Integer> classCounts(
      Connection connection, long runId, Collection<String> departmentCodes) throws SQLException {
    Map<String, Integer> counts = new HashMap<>();
    if (departmentCodes != null && departmentCodes.isEmpty()) {
      return counts;
    }
    try (PreparedStatement query =
        connection.prepareStatement(
            "select task_class, count(*) from assessed_task"
                + " where run_id = ?"
                + inDepartments(departmentCodes)
                + " group by task_class")) {
      bindRun(query, runId, departmentCodes);
      try (ResultSet result = query.executeQuery()) {
        while (result.next()) {
          counts.put(result.getString(1), result.getInt(2));
        }
      }
    }
    return counts;
  }

  /** The codes of the departments whose tasks the run stored. */
  public static Set<String> departmentCodes(Connection connection, long runId) throws SQLException {
    Set<String> codes = new HashSet<>();
    try (PreparedStatement query =
        connection.prepareStatement(
            "select distinct department_code from assessed_task where run_id = ?")) {
      query.setLong(1, runId);
      try (ResultSet result = query.executeQuery()) {
        while (result.next()) {
          codes.add(result.getString(1));
        }
      }
    }
    return codes;
  }

  private static TaskInput input(ResultSet row) throws SQLException {
    Map<TaskFact, BigDecimal> values = new EnumMap<>(TaskFact.class);
    int c = 12;
    for (TaskFact fact : FACTS) {
      BigDecimal value = row.getBigDecimal(c++);
      if (value != null) {
        values.put(fact, value);
      }
    }
    TaskFacts facts = TaskFacts.of(values, row.getInt(c));
    return new TaskInput(
        row.getLong(1),
        row.getLong(2),
        row.getString(3),
        row.getString(4),
        row.getLong(5),
        row.getString(6),
        row.getString(7),
        row.getBigDecimal(8),
        row.getBigDecimal(9),
        row.getString(10),
        row.getBigDecimal(11),
        facts);
  }

  private static void setScore(PreparedStatement insert, int index, OptionalDouble score)
      throws SQLException {
    if (score.isPresent()) {
      insert.setBigDecimal(index, BigDecimal.valueOf(score.getAsDouble()));
    } else {
      insert.setNull(index, Types.NUMERIC);
    }
  }

  private static double score(ResultSet row, int column) throws SQLException {
    BigDecimal value = row.getBigDecimal(column);
    return value == null ? Double.NaN : value.doubleValue();
  }

  private static String factColumns(String prefix) {
    StringBuilder columns = new StringBuilder();
    for (TaskFact fact : FACTS) {
      columns.append(columns.length() == 0 ? "" : ", ").append(prefix).append(fact.column());
    }
    return columns.toString();
  }

  /** The condition on a run's rows that keeps {@code codes} only; none when null. */
  private static String inDepartments(Collection<String> codes) {
    return codes == null ? "" : " and department_code in (" + placeholders(codes.size()) + ")";
  }

  /** Binds the run and the codes of {@link #inDepartments}; returns the next parameter's index. */
  private static int bindRun(PreparedStatement query, long runId, Collection<String> codes)
      throws SQLException {
    int i = 1;
    query.setLong(i++, runId);
    if (codes != null) {
      for (String code : codes) {
        query.setString(i++, code);
      }
    }
    return i;
  }

  private static String placeholders(int count) {
    return "?, ".repeat(count - 1) + "?";
  }
}
