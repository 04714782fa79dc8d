/**
 * What the dashboard load run (Gatling, profile {@code load}) needs besides the simulation itself:
 * the organisation of 100,000 tasks it builds in a running portal through the API, the targets it
 * measures against, and the table of its figures as ratios to a static resource. Talks to the
 * portal over HTTP only; imports nothing of the portal's code.
 */
package org.tacit.benchmarks.load;
