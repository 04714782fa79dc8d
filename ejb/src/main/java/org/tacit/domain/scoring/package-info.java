/**
 * The rules that score a task on learning need and automation readiness, and the scorer that runs a
 * versioned rule set over a task's facts. Plain Java: no container, persistence or file-format
 * imports, so that the rules are unit-tested in milliseconds and score millions of tasks a second.
 */
package org.tacit.domain.scoring;
