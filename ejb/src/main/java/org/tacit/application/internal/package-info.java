/**
 * The {@code @Stateless} implementations of the application services. Role checks
 * ({@code @RolesAllowed}) sit at this boundary, so pages and API share them.
 */
package org.tacit.application.internal;
