package org.tacit.domain.scoring;

import java.util.Map;
import org.tacit.domain.model.inventory.TaskFact;

/**
 * Why each rule counts, which way it pulls, and its source, in a line for the board report's
 * appendix: a digest of "The rules of version 1" in docs/method.md, which gives the full reasoning.
 */
public final class RuleSources {

  private static final Map<String, String> WHY =
      Map.ofEntries(
          Map.entry(
              "LEARN-TACIT",
              "Unwritten, organisation-specific context is learned on the job, not pre-trained:"
                  + " the core of the method's thesis."),
          Map.entry(
              "LEARN-PROFICIENCY",
              "Time to full skill is the most direct measure of learning on the job; on O*NET"
                  + " (on-the-job training) it is uncorrelated with LLM exposure (ρ ≈ 0.02)."),
          Map.entry(
              "LEARN-NOVELTY",
              "Pre-trained skills cover the cases labs anticipated; frequent new situations are"
                  + " handled by those who learned from earlier ones (O*NET work context)."),
          Map.entry(
              "LEARN-FEEDBACK",
              "Labs train on results checkable at once; quality that shows only later, through"
                  + " people's judgement, leaves nothing to pre-train on."),
          Map.entry(
              "LEARN-TRUST",
              "Trust built with particular people belongs to the person who built it."),
          Map.entry(
              "LEARN-SPREAD",
              "A wide gap between the best and the median is mostly judgement built by doing the"
                  + " work; talent explains part of it, hence the smallest weight."),
          Map.entry(
              "AUTO-DIGITAL",
              "An LLM works only on what it can read and write (Eloundou et al. 2023)."),
          Map.entry(
              "AUTO-VERIFY",
              "Skills are pre-trained where results can be checked; a checkable result can be"
                  + " trusted without a person redoing the work."),
          Map.entry(
              "AUTO-PHYSICAL",
              "Hands-on work and presence are out of reach of AI working on text and data"
                  + " (Frey and Osborne 2013: perception and manipulation)."),
          Map.entry(
              "AUTO-DOCUMENTED",
              "Written procedures and examples are context a model can be given instead of"
                  + " learning it on the job."),
          Map.entry(
              "AUTO-LENGTH",
              "Long tasks are where agents fail: METR's 50 % horizon was about 1 hour in early"
                  + " 2025, doubling about every 7 months; the 80 % horizon is about a fifth of"
                  + " it."),
          Map.entry(
              "AUTO-ERROR-COST",
              "The costlier a mistake, the more reliable AI must be to work unaided (METR: the"
                  + " 80 % horizon is about a fifth of the 50 % one)."),
          Map.entry(
              "AUTO-REPETITION",
              "Routine, high-volume work is the classic target of automation (Frey and Osborne"
                  + " 2013); LLMs depend on it less, hence the smallest weight."));

  private RuleSources() {}

  public static String of(String ruleId) {
    return WHY.getOrDefault(ruleId, "See docs/method.md.");
  }

  /** "for" when a higher answer raises the axis (longer tasks, for hours, lower it). */
  public static String direction(Rule rule) {
    boolean hours = rule.fact() == TaskFact.TASK_LENGTH_HOURS;
    double low = rule.strength(hours ? 0.1 : 1);
    double high = rule.strength(hours ? 40 : 5);
    return high > low ? "for" : "against";
  }
}
