/**
 * What each scenario says of the organisation: substitution reports, the dashboards, how sure the
 * headline is, the comparison with the US economy, the table export and the board report. Uses
 * scenarios, assessment and economy through their public types; nothing else depends on it.
 */
package org.tacit.application.reports;
