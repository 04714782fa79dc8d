/**
 * The inventory's {@code @Stateless} services and their helpers (import, export, history,
 * estimates). Only the inventory capability uses this package.
 */
package org.tacit.application.inventory.internal;
