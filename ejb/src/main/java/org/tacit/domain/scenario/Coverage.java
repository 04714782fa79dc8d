package org.tacit.domain.scenario;

/**
 * How much of a figure rests on what is known, so a report can say so beside it. Shares are of the
 * hours (of the role's time for a role), NaN for a group with no hours.
 *
 * @param tasks the tasks counted
 * @param tasksWithDerivedShare tasks whose role gave them no time share: they share equally what
 *     the given shares leave of 100 %
 * @param rolesWithoutHeadcount roles whose headcount is unknown: they count no hours
 * @param fteWithoutCost FTE of roles whose annual cost is unknown: they count no cost
 * @param unscoredShare hours of tasks not placed (unscored): in no figure but the total
 * @param unknownLengthShare hours of tasks ready for AI whose length is unknown: never
 *     substitutable
 * @param estimatedShare hours of tasks scored with at least one unconfirmed estimate
 * @param confidence the tasks' confidence, weighed by hours
 */
public record Coverage(
    int tasks,
    int tasksWithDerivedShare,
    int rolesWithoutHeadcount,
    double fteWithoutCost,
    double unscoredShare,
    double unknownLengthShare,
    double estimatedShare,
    double confidence) {}
