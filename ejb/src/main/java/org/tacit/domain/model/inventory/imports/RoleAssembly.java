package org.tacit.domain.model.inventory.imports;

import static org.tacit.domain.model.inventory.imports.InventoryColumn.TASK;
import static org.tacit.domain.model.inventory.imports.InventoryColumn.TASK_TIME_SHARE_PCT;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.tacit.domain.model.inventory.TaskStatement;
import org.tacit.text.Sentence;

/**
 * A role gathered from its rows. Its time shares are checked only once all its rows are in, because
 * they describe the role as a whole: they add up to 100 (±1, for rounding in the spreadsheet), and
 * they are given for every task or for none (then they are derived later).
 */
final class RoleAssembly {

  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  private final String departmentCode;
  private final String code;
  private final Sentence label;
  private final SameOnEveryRow<String> title = new SameOnEveryRow<>("role", "title");
  private final SameOnEveryRow<BigDecimal> headcount =
      new SameOnEveryRow<>("role_headcount", "headcount");
  private final SameOnEveryRow<BigDecimal> cost =
      new SameOnEveryRow<>("role_annual_cost", "annualCost");
  private final SameOnEveryRow<String> onetSoc = new SameOnEveryRow<>("onet_soc", "onetSoc");
  private final List<TaskDraft> tasks = new ArrayList<>();
  private final List<Integer> rows = new ArrayList<>();
  private final int firstRow;
  private final List<Integer> rowsWithoutShare = new ArrayList<>();
  private final List<Sentence> leftOut = new ArrayList<>();
  private final Map<String, Integer> rowOfStatement = new HashMap<>();
  private int sharesGiven;
  private boolean shareUnreadable;
  private BigDecimal shareSum = BigDecimal.ZERO;

  RoleAssembly(TaskLine first) {
    this.departmentCode = first.departmentCode();
    this.code = first.roleCode();
    this.firstRow = first.row();
    this.label =
        code == null
            ? ImportProblem.saying("role", first.roleTitle(), departmentCode)
            : ImportProblem.saying("roleWithCode", first.roleTitle(), code, departmentCode);
  }

  void add(TaskLine line, Problems problems) {
    title.check(line.row(), line.roleTitle(), label, problems);
    headcount.check(line.row(), line.headcount(), label, problems);
    cost.check(line.row(), line.annualCost(), label, problems);
    onetSoc.check(line.row(), line.onetSoc(), label, problems);
    Integer earlier = rowOfStatement.putIfAbsent(TaskStatement.key(line.statement()), line.row());
    if (earlier != null) {
      problems.add(line.row(), TASK.header(), ImportProblem.saying("taskTwice", label, earlier));
      leftOut.add(ImportProblem.saying("leftOut.repeated", line.row(), earlier));
      return;
    }
    rows.add(line.row());
    shareUnreadable |= line.timeShare().hasProblem();
    line.timeShare()
        .asOptional()
        .ifPresentOrElse(
            share -> {
              sharesGiven++;
              shareSum = shareSum.add(share);
            },
            () -> rowsWithoutShare.add(line.row()));
    tasks.add(new TaskDraft(line.statement(), line.timeShare().value(), line.facts()));
  }

  /**
   * A row of this role without a task: it has its own problem, and its time share is not counted,
   * which the time-share check says.
   */
  void leaveOut(int row) {
    leftOut.add(ImportProblem.saying("leftOut.noTask", row));
  }

  /**
   * Reports a broken time-share rule on each of the role's rows, where a person will fix it, naming
   * the rows it counted and those it left out and why: the sum a person adds up in the spreadsheet
   * must be the one the message gives.
   */
  void finish(Problems problems) {
    if (shareUnreadable || sharesGiven == 0) {
      return;
    }
    Sentence message;
    if (sharesGiven < tasks.size()) {
      message =
          ImportProblem.saying(
              "sharesForSome",
              label,
              sharesGiven,
              tasks.size(),
              rowsWithoutShare.size(),
              RowList.of(rowsWithoutShare));
    } else if (shareSum.subtract(HUNDRED).abs().compareTo(BigDecimal.ONE) > 0) {
      message =
          leftOut.isEmpty()
              ? ImportProblem.saying("sharesSum", label, shareSum, rows.size(), RowList.of(rows))
              : ImportProblem.saying(
                  "sharesSumLeftOut",
                  label,
                  shareSum,
                  rows.size(),
                  RowList.of(rows),
                  RowList.listing(leftOut));
    } else {
      return;
    }
    rows.forEach(row -> problems.add(row, TASK_TIME_SHARE_PCT.header(), message));
  }

  RoleDraft toDraft() {
    return new RoleDraft(
        departmentCode,
        code,
        title.value(),
        headcount.value(),
        cost.value(),
        onetSoc.value(),
        tasks,
        onetSoc.value() == null ? firstRow : onetSoc.firstRow());
  }
}
