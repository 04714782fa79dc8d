/**
 * Assessment runs and rule set versions: what was scored, with which rules, in which scope, and the
 * inputs and results a run keeps. JPA-mapped entities in plain Java: no container, application or
 * infrastructure imports.
 */
package org.tacit.domain.model.assessment;
