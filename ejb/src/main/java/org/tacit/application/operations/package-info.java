/**
 * What an operator watches on each server, as MicroProfile Metrics at {@code /metrics}: how long
 * runs and figure refreshes take, how much work is under way, how many database connections are in
 * use; and {@link org.tacit.application.operations.ClusterWork}, the work any server gives up when
 * the server doing it stops, with the timers that beat for it and give it up ({@link
 * org.tacit.application.operations.ClusterWorkWatch}). Capabilities report into it; it depends on
 * no capability but access.
 */
package org.tacit.application.operations;
