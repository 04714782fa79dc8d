/**
 * Assessment runs and rule sets: scoring the inventory with a rule set, run by run, and comparing
 * runs and drafts. Its interfaces, records and the reassessment every capability that scores tasks
 * shares are here; the implementations are in {@code internal}.
 */
package org.tacit.application.assessment;
