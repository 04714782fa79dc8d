package org.tacit.application.reports.internal;

import java.time.Instant;

/**
 * What the organisation's figures rest on, as the database says it now: the inventory's revision
 * (raised by every transaction that changes a department, role or task), the rule set in use, and
 * the O*NET release whose estimates fill unanswered facts. Figures kept for one state are current
 * exactly while the state is; a server reads the state on every request, so an edit on any server
 * makes every server compute again.
 *
 * @param release when the library's release was loaded, or null while it holds none
 */
record FigureState(long inventoryRevision, int ruleSetVersion, Instant release) {}
