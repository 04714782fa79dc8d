/**
 * Sign-in through the company's Keycloak (Jakarta Security OpenID Connect), the portal's roles,
 * and what the signed-in user may see. No page or resource decides access on its own.
 */
package org.tacit.web.security;
