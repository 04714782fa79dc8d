/**
 * What an operator watches on each server, as MicroProfile Metrics at {@code /metrics}: how long
 * runs and figure refreshes take, how much work is under way, how many database connections are in
 * use. Capabilities report into it; it depends on no capability but access.
 */
package org.tacit.application.operations;
