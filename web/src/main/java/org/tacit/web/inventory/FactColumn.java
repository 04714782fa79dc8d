package org.tacit.web.inventory;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.tacit.domain.model.inventory.Axis;
import org.tacit.domain.model.inventory.TaskFact;
import org.tacit.text.Words;

/**
 * One column of the task table: a fact of the rubric with a short header, its question as help, and
 * its levels with what each means, so that an editor answers on the method's scale. The words come
 * from the bundle ({@code fact.<column>}); every page that names a fact uses the same ones.
 */
public record FactColumn(
    String column,
    String label,
    boolean learningNeed,
    String help,
    boolean level,
    List<Level> levels) {

  /**
   * A level as the editor picks it, e.g. {@code 3 · 1–6 months}. The value is a BigDecimal, the
   * type the answers have, so that Faces finds the chosen item among the offered ones.
   */
  public record Level(BigDecimal value, String label) {}

  private static final Map<Locale, List<FactColumn>> BY_LANGUAGE = new ConcurrentHashMap<>();

  public static List<FactColumn> all() {
    return all(Locale.ENGLISH);
  }

  /**
   * Every column in rubric order, named in the reader's language as the bundle's {@code fact.*}
   * keys say.
   */
  public static List<FactColumn> all(Locale locale) {
    // Made once per language: a page of tasks asks for them for every cell it renders, and making
    // them looks up some 80 bundle keys (a role page of 100 tasks took a minute without this)
    return BY_LANGUAGE.computeIfAbsent(
        locale,
        reader -> {
          Words words = Words.in(reader);
          return Arrays.stream(TaskFact.values()).map(fact -> of(fact, words)).toList();
        });
  }

  public static List<FactColumn> of(boolean learningNeed) {
    return of(learningNeed, Locale.ENGLISH);
  }

  public static List<FactColumn> of(boolean learningNeed, Locale locale) {
    return all(locale).stream().filter(c -> c.learningNeed() == learningNeed).toList();
  }

  private static FactColumn of(TaskFact fact, Words words) {
    String key = "fact." + fact.column();
    List<Level> levels = new ArrayList<>();
    if (fact.isLevel()) {
      for (int value = 1; value <= 5; value++) {
        String level = key + ".level." + value;
        levels.add(
            new Level(
                BigDecimal.valueOf(value),
                words.has(level) ? value + " · " + words.text(level) : String.valueOf(value)));
      }
    }
    // The help says the question and every named level
    String help =
        fact.isLevel()
            ? words.text(
                "fact.help.levels",
                words.text(key + ".question"),
                String.join("; ", levels.stream().map(Level::label).toList()))
            : words.text("fact.help.hours", words.text(key + ".question"));
    return new FactColumn(
        fact.column(),
        words.text(key),
        fact.axis() == Axis.LEARNING_NEED,
        help,
        fact.isLevel(),
        List.copyOf(levels));
  }
}
