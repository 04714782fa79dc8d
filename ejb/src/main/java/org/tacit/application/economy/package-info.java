/**
 * The US economy benchmark: every O*NET occupation weighted by its US employment, scored as a role
 * made from it, under a scenario. Reports read it through {@link
 * org.tacit.application.economy.UsEconomy}.
 */
package org.tacit.application.economy;
