/**
 * The business layer's services, one subpackage per capability (inventory, library, assessment,
 * scenarios, reports, economy), with access (who the caller is) and startup beside them; here only
 * the refusals every capability shares. Each capability speaks through the interfaces and records
 * at its top; its internal package is its own, and capabilities depend on each other without
 * cycles.
 *
 * <p>Records are named for what they hold, never {@code *View} (a JSF view bean in the web module):
 * {@code <Thing>Summary} is one stored thing as a caller reads it ({@code RoleSummary}, {@code
 * ScenarioSummary}), a plain noun is a part of one ({@code ScoreReason}, {@code AssumptionValue},
 * {@code ChangeEntry}, {@code YearFigures}), {@code <Thing>Edit} is what a caller sends to change
 * one, and a {@code *Report} is what a piece of work found ({@code ImportReport}, {@code
 * SubstitutionReport}). The static mappers that make them are named for what they make ({@code
 * RoleSummaries}, {@code ScenarioSummaries}, {@code EconomyBenchmarks}).
 */
package org.tacit.application;
