/**
 * What needs doing, for the home page: the headline figures under the default scenario and the
 * items that ask for someone's hand in the caller's departments (time shares that do not add up,
 * scores resting on estimates, the answers that would change most, runs out of date, changes by
 * others), or the first steps in an organisation with nothing in it yet. Uses reports and access
 * through their public types; nothing depends on it.
 */
package org.tacit.application.home;
