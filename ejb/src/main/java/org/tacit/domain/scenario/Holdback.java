package org.tacit.domain.scenario;

import java.util.function.BinaryOperator;
import java.util.function.UnaryOperator;

/**
 * What holds back the hours that are not realistic substitution, in one year, for a role or a group
 * of roles. With realistic substitution the five add up to the whole: hours not ready for AI (low
 * automation readiness, or unscored); ready but needing learning on the job before continual
 * learning arrives; ready but longer than the horizon at the reliability their error cost needs
 * (the part of each task the success curve leaves); ready but of unknown length; and technically
 * substitutable but not yet put to use or not captured as whole FTE.
 */
public record Holdback(
    Portion notReady,
    Portion learningNeed,
    Portion taskLength,
    Portion unknownLength,
    Portion adoptionAndCapture) {

  static final Holdback NONE =
      new Holdback(Portion.NONE, Portion.NONE, Portion.NONE, Portion.NONE, Portion.NONE);

  /** One role's year, each argument a share of its time. */
  static Holdback ofRole(
      StaffedRole role,
      double notReady,
      double learningNeed,
      double taskLength,
      double unknownLength,
      double adoptionAndCapture) {
    return new Holdback(
        Portion.ofRole(role, notReady),
        Portion.ofRole(role, learningNeed),
        Portion.ofRole(role, taskLength),
        Portion.ofRole(role, unknownLength),
        Portion.ofRole(role, adoptionAndCapture));
  }

  /** All five together, the hours that are not realistic substitution. */
  public Portion total() {
    return notReady
        .plus(learningNeed)
        .plus(taskLength)
        .plus(unknownLength)
        .plus(adoptionAndCapture);
  }

  Holdback plus(Holdback other) {
    return combine(other, Portion::plus);
  }

  Holdback ofTotal(double totalHours) {
    return map(p -> p.ofTotal(totalHours));
  }

  private Holdback map(UnaryOperator<Portion> each) {
    return new Holdback(
        each.apply(notReady),
        each.apply(learningNeed),
        each.apply(taskLength),
        each.apply(unknownLength),
        each.apply(adoptionAndCapture));
  }

  private Holdback combine(Holdback other, BinaryOperator<Portion> each) {
    return new Holdback(
        each.apply(notReady, other.notReady),
        each.apply(learningNeed, other.learningNeed),
        each.apply(taskLength, other.taskLength),
        each.apply(unknownLength, other.unknownLength),
        each.apply(adoptionAndCapture, other.adoptionAndCapture));
  }
}
