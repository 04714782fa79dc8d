package org.tacit.application.assessment.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.tacit.domain.scoring.Rule;
import org.tacit.domain.scoring.RuleSet;
import org.tacit.domain.scoring.Rules;

/** What differs between two rule-set versions, in words: the first reason two runs disagree. */
final class RuleSetDifferences {

  private RuleSetDifferences() {}

  static List<String> between(RuleSet was, RuleSet is) {
    List<String> changes = new ArrayList<>();
    changes.add("Rule set version " + was.version() + " → " + is.version());
    for (Rule rule : Rules.all()) {
      double before = was.weight(rule.id());
      double after = is.weight(rule.id());
      if (before != after) {
        changes.add(rule.id() + " weight " + number(before) + " → " + number(after));
      }
    }
    if (was.learningNeedThreshold() != is.learningNeedThreshold()) {
      changes.add(
          "High learning need from "
              + number(was.learningNeedThreshold())
              + " → "
              + number(is.learningNeedThreshold()));
    }
    if (was.automationReadinessThreshold() != is.automationReadinessThreshold()) {
      changes.add(
          "High automation readiness from "
              + number(was.automationReadinessThreshold())
              + " → "
              + number(is.automationReadinessThreshold()));
    }
    if (was.estimateCredit() != is.estimateCredit()) {
      changes.add(
          "An estimate counts "
              + number(was.estimateCredit())
              + " → "
              + number(is.estimateCredit())
              + " of a confirmed answer");
    }
    return changes;
  }

  private static String number(double value) {
    return value == Math.rint(value)
        ? Long.toString((long) value)
        : String.format(Locale.ROOT, "%.2f", value);
  }
}
