package org.tacit.domain.scoring;

import java.util.List;
import java.util.Optional;

/**
 * Every rule the code knows, one per task fact of the rubric, in the order in which reasons that
 * weigh the same are listed. A rule set picks from these by id and weighs them.
 */
public final class Rules {

  private static final List<Rule> ALL =
      List.of(
          new TacitContextRule(),
          new NoveltyRule(),
          new FeedbackDelayRule(),
          new TimeToProficiencyRule(),
          new PerformanceSpreadRule(),
          new RelationshipTrustRule(),
          new DigitalIoRule(),
          new VerifiabilityRule(),
          new DocumentedProcedureRule(),
          new RepetitionRule(),
          new TaskLengthRule(),
          new PhysicalPresenceRule(),
          new ErrorCostRule());

  private Rules() {}

  public static List<Rule> all() {
    return ALL;
  }

  public static Optional<Rule> byId(String id) {
    for (Rule rule : ALL) {
      if (rule.id().equals(id)) {
        return Optional.of(rule);
      }
    }
    return Optional.empty();
  }
}
