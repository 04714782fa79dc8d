package org.tacit.application.assessment.internal;

import java.util.ArrayList;
import java.util.List;
import org.tacit.domain.scoring.Rule;
import org.tacit.domain.scoring.RuleSet;
import org.tacit.domain.scoring.Rules;
import org.tacit.text.Sentence;

/**
 * What differs between two rule-set versions, in sentences a page words for its reader: the first
 * reason two runs disagree.
 */
final class RuleSetDifferences {

  private RuleSetDifferences() {}

  static List<Sentence> between(RuleSet was, RuleSet is) {
    List<Sentence> changes = new ArrayList<>();
    changes.add(
        Sentence.of(
            "ruleSetChange.version", String.valueOf(was.version()), String.valueOf(is.version())));
    for (Rule rule : Rules.all()) {
      double before = was.weight(rule.id());
      double after = is.weight(rule.id());
      if (before != after) {
        changes.add(Sentence.of("ruleSetChange.weight", rule.id(), before, after));
      }
    }
    if (was.learningNeedThreshold() != is.learningNeedThreshold()) {
      changes.add(
          Sentence.of(
              "ruleSetChange.learningNeed",
              was.learningNeedThreshold(),
              is.learningNeedThreshold()));
    }
    if (was.automationReadinessThreshold() != is.automationReadinessThreshold()) {
      changes.add(
          Sentence.of(
              "ruleSetChange.automationReadiness",
              was.automationReadinessThreshold(),
              is.automationReadinessThreshold()));
    }
    if (was.estimateCredit() != is.estimateCredit()) {
      changes.add(
          Sentence.of("ruleSetChange.estimateCredit", was.estimateCredit(), is.estimateCredit()));
    }
    return changes;
  }
}
