/**
 * The integration API, {@code /tacit/api/v1}: JSON over HTTPS with bearer tokens from the realm
 * (signed in by {@code org.tacit.web.security.BearerSignIn}). Resources only translate HTTP to the
 * application services, which apply the same roles and department scope as the pages.
 */
package org.tacit.web.api;
