package org.tacit.web.inventory;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.tacit.domain.model.inventory.Axis;
import org.tacit.domain.model.inventory.TaskFact;

/**
 * One column of the task table: a fact of the rubric with a short header, its question as help,
 * and its levels with what each means, so that an editor answers on the method's scale.
 */
public record FactColumn(String column, String label, boolean learningNeed, String description, boolean level, List<Level> levels) {

  /**
   * A level as the editor picks it, e.g. {@code 3 · 1–6 months}. The value is a BigDecimal, the
   * type the answers have, so that Faces finds the chosen item among the offered ones.
   */
  public record Level(BigDecimal value, String label) {}

  /** Short headers in rubric order; the full question is the column's help. */
  private static final String[] LABELS = {
    "Context", "Novelty", "Feedback", "Ramp-up", "Spread", "Trust",
    "Digital", "Checkable", "Documented", "Repetitive", "Hours", "Physical", "Error cost"
  };

  // After LABELS: static fields initialise in the order they are written
  private static final List<FactColumn> ALL = Arrays.stream(TaskFact.values()).map(FactColumn::of).toList();

  public static List<FactColumn> all() {
    return ALL;
  }

  public static List<FactColumn> of(boolean learningNeed) {
    return ALL.stream().filter(c -> c.learningNeed() == learningNeed).toList();
  }

  private static FactColumn of(TaskFact fact) {
    List<Level> levels = new ArrayList<>();
    if (fact.isLevel()) {
      for (int value = 1; value <= 5; value++) {
        int v = value;
        levels.add(new Level(BigDecimal.valueOf(v), fact.levelDescription(v).map(d -> v + " · " + d).orElse(String.valueOf(v))));
      }
    }
    return new FactColumn(fact.column(), LABELS[fact.ordinal()], fact.axis() == Axis.LEARNING_NEED,
        fact.description(), fact.isLevel(), List.copyOf(levels));
  }

  /** What the column's help says: the question and every named level. */
  public String help() {
    StringBuilder help = new StringBuilder(description.substring(0, 1).toUpperCase() + description.substring(1));
    if (level) {
      help.append(". Levels: ");
      help.append(String.join("; ", levels.stream().map(Level::label).toList()));
    } else {
      help.append(" (a number above 0)");
    }
    return help.append(". Blank means unknown.").toString();
  }
}
