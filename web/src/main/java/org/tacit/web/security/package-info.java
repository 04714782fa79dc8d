/**
 * Sign-in through the company's Keycloak (Jakarta Security OpenID Connect), the portal's roles, and
 * what the signed-in user may see. No page or resource decides access on its own. The portal
 * refuses to start with settings that would expose the demo realm or send tokens in the clear
 * ({@link org.tacit.web.security.StartupSafety}).
 */
package org.tacit.web.security;
