/**
 * Reads the published figures the product bundles in {@code reference/} (sources and licences in
 * its README): one number per SOC occupation. No container or persistence imports.
 */
package org.tacit.infrastructure.reference;
