/**
 * The Assessment area: every task's learning need and automation readiness with the reasons, as
 * they stand now and as stored runs, the quadrant of tasks, runs compared, and the rule sets.
 */
package org.tacit.web.assessment;
