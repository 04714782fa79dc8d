/**
 * Scenarios and the evidence their horizon follows: create, copy, save and delete them, the
 * presets, measured horizons and their trend, and the figures a scenario gives year by year.
 * Depends on access only; reports and the economy read scenarios through what is public here.
 */
package org.tacit.application.scenarios;
