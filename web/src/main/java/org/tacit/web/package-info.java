/**
 * The web layer: pages, view beans, REST resources and sign-in. It speaks to the business layer
 * only through {@code org.tacit.application} interfaces and DTOs, never through entities.
 */
package org.tacit.web;
