package org.tacit.application.inventory.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.tacit.domain.model.inventory.TaskFact;
import org.tacit.domain.model.inventory.TaskFacts;
import org.tacit.domain.model.library.ActivityProfile;
import org.tacit.domain.model.library.Occupation;
import org.tacit.domain.model.library.TaskEvidence;
import org.tacit.domain.model.library.WorkContext;

/**
 * Where each estimate of one task comes from, in the terms of {@link
 * org.tacit.domain.model.library.OnetPrefill}: the message naming the O*NET evidence a fact is
 * estimated from, with the figures it read, so that a person can judge an estimate before
 * confirming it. An estimate stored earlier is traced to O*NET only while O*NET still gives that
 * value; otherwise nobody here can say more than that it was stored as one.
 */
final class EstimateSources {

  static final String STORED = "estimate.source.stored";
  static final String ONET = "estimate.source.onet";
  private static final String PREFIX = "estimate.source.";

  /**
   * A message key and its arguments: the release, the occupation's title and code, then the
   * figures.
   */
  record Source(String key, List<Object> arguments) {}

  private final Occupation occupation;
  private final String release;
  private final TaskEvidence evidence;
  private final TaskFacts onet;

  /**
   * @param occupation null when the task's role links to none in the library
   */
  EstimateSources(Occupation occupation, String release, TaskEvidence evidence) {
    this.occupation = occupation;
    this.release = release;
    this.evidence = evidence;
    this.onet = occupation == null ? TaskFacts.none() : occupation.prefill().estimate(evidence);
  }

  /**
   * The source of the estimate {@code value}; {@code stored} when it was stored as one, not filled
   * in now.
   */
  Source of(TaskFact fact, BigDecimal value, boolean stored) {
    boolean fromOnet = !stored || onet.value(fact).filter(v -> v.compareTo(value) == 0).isPresent();
    if (occupation == null || !fromOnet) {
      return new Source(STORED, List.of());
    }
    List<Object> arguments =
        new ArrayList<>(List.of(release, occupation.title(), occupation.code()));
    String key =
        switch (fact) {
          case TIME_TO_PROFICIENCY ->
              occupation
                  .onTheJobTraining()
                  .map(training -> with(arguments, fact.column(), training.description()))
                  .orElse(ONET);
          case TACIT_CONTEXT ->
              occupation
                  .activeLearning()
                  .map(importance -> with(arguments, fact.column(), importance))
                  .orElse(ONET);
          case REPETITION ->
              evidence
                  .rating()
                  .perWorkday()
                  .map(perDay -> with(arguments, fact.column() + ".task", perDay))
                  .orElseGet(
                      () ->
                          context(
                              arguments,
                              fact.column() + ".occupation",
                              c -> new Object[] {c.repeating()}));
          case NOVELTY ->
              context(
                  arguments,
                  fact.column(),
                  c -> new Object[] {c.unstructured(), BigDecimal.ONE.subtract(c.repeating())});
          case VERIFIABILITY ->
              context(arguments, fact.column(), c -> new Object[] {c.exactness(), c.automation()});
          case PHYSICAL_PRESENCE, DIGITAL_IO, RELATIONSHIP_TRUST -> activities(arguments, fact);
          case TASK_LENGTH_HOURS -> PREFIX + fact.column();
          default -> ONET;
        };
    return new Source(key, key.equals(ONET) ? arguments.subList(0, 3) : arguments);
  }

  private String context(
      List<Object> arguments, String fact, Function<WorkContext, Object[]> figures) {
    return occupation.workContext().map(c -> with(arguments, fact, figures.apply(c))).orElse(ONET);
  }

  /**
   * The task's own work activities where O*NET links it to some, else the occupation's pooled ones.
   */
  private String activities(List<Object> arguments, TaskFact fact) {
    boolean own = evidence.activities().isKnown();
    ActivityProfile a = own ? evidence.activities() : occupation.activities();
    if (!a.isKnown()) {
      return ONET;
    }
    return with(
        arguments,
        fact.column() + (own ? ".task" : ".occupation"),
        a.activities(),
        a.handsOn(),
        a.information(),
        a.people(),
        a.observing());
  }

  private static String with(List<Object> arguments, String fact, Object... figures) {
    arguments.addAll(List.of(figures));
    return PREFIX + fact;
  }
}
