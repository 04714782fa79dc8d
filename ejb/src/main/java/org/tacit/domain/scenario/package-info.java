/**
 * Scenarios and the substitution engine: the assumptions that turn a task's scores into a realistic
 * substitution estimate year by year, each with its default and source, and the figures per role
 * and any grouping of roles. Plain Java with JPA mapping for saved scenarios and horizons: no
 * container, application, infrastructure or page imports.
 */
package org.tacit.domain.scenario;
