/**
 * Integration tests: the real EAR on a real Payara, signed in through a real Keycloak, on H2 or on
 * a real PostgreSQL (zonky), driven over HTTP and in headless Chromium. {@link org.tacit.it.Portal}
 * starts everything once per test JVM; the build runs the suite once per database.
 */
package org.tacit.it;
