package org.tacit.domain.model.library;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.util.Collection;
import java.util.Objects;

/**
 * What kinds of work a task is made of, as O*NET links it to detailed work activities (DWAs): how
 * many of its DWAs are hands-on, information work, work with people, or observing (see {@link
 * WorkActivity}). Most O*NET 27.0 tasks have one DWA, some two or three; 434 of 19,265 have none,
 * and {@link #NONE} stands for them. An occupation's profile pools its tasks' DWAs.
 */
@Embeddable
public class ActivityProfile {

  public static final ActivityProfile NONE = new ActivityProfile(0, 0, 0, 0);

  @Column(name = "activities_hands_on")
  private short handsOn;

  @Column(name = "activities_information")
  private short information;

  @Column(name = "activities_people")
  private short people;

  @Column(name = "activities_observing")
  private short observing;

  protected ActivityProfile() {} // for JPA

  public ActivityProfile(int handsOn, int information, int people, int observing) {
    if (handsOn < 0 || information < 0 || people < 0 || observing < 0) {
      throw new IllegalArgumentException(
          "A task cannot have a negative number of work activities.");
    }
    this.handsOn = (short) handsOn;
    this.information = (short) information;
    this.people = (short) people;
    this.observing = (short) observing;
  }

  /**
   * The profile of a task linked to these work activities (O*NET element or DWA ids); others are
   * left out.
   */
  public static ActivityProfile of(Collection<String> activityIds) {
    int[] counts = new int[WorkActivity.values().length];
    activityIds.forEach(
        id -> WorkActivity.ofElement(id).ifPresent(kind -> counts[kind.ordinal()]++));
    return new ActivityProfile(
        counts[WorkActivity.HANDS_ON.ordinal()],
        counts[WorkActivity.INFORMATION.ordinal()],
        counts[WorkActivity.PEOPLE.ordinal()],
        counts[WorkActivity.OBSERVING.ordinal()]);
  }

  /** All the work activities of these profiles together, as for the tasks of one occupation. */
  public static ActivityProfile pooled(Collection<ActivityProfile> profiles) {
    return new ActivityProfile(
        profiles.stream().mapToInt(ActivityProfile::handsOn).sum(),
        profiles.stream().mapToInt(ActivityProfile::information).sum(),
        profiles.stream().mapToInt(ActivityProfile::people).sum(),
        profiles.stream().mapToInt(ActivityProfile::observing).sum());
  }

  /** O*NET links the task to at least one work activity of a known kind. */
  public boolean isKnown() {
    return activities() > 0;
  }

  public int activities() {
    return handsOn + information + people + observing;
  }

  public int handsOn() {
    return handsOn;
  }

  public int information() {
    return information;
  }

  public int people() {
    return people;
  }

  public int observing() {
    return observing;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof ActivityProfile that
        && handsOn == that.handsOn
        && information == that.information
        && people == that.people
        && observing == that.observing;
  }

  @Override
  public int hashCode() {
    return Objects.hash(handsOn, information, people, observing);
  }

  @Override
  public String toString() {
    return "hands-on "
        + handsOn
        + ", information "
        + information
        + ", people "
        + people
        + ", observing "
        + observing;
  }
}
