package org.tacit.web.security;

import jakarta.annotation.security.DeclareRoles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.security.enterprise.authentication.mechanism.http.OpenIdAuthenticationMechanismDefinition;
import jakarta.security.enterprise.authentication.mechanism.http.openid.ClaimsDefinition;

/**
 * Sign-in is the company's Keycloak, through the standard Jakarta Security OpenID Connect
 * mechanism: the portal never sees a password. The realm's role mapper writes realm roles into the
 * flat {@code groups} claim, which Payara maps to roles of the same name.
 *
 * <p>After sign-in, {@link SignInCallback} returns the person to the page they asked for.
 *
 * <p>Signing out ({@code org.tacit.web.shell.SignOut}) ends the Keycloak session too, so the next
 * visitor at this browser has to sign in again. Tokens are refreshed when they run out, and the
 * departments and roles are read from the refreshed tokens.
 */
@OpenIdAuthenticationMechanismDefinition(
    providerURI = "${oidcSettings.providerUri}",
    clientId = "${oidcSettings.clientId}",
    clientSecret = "${oidcSettings.clientSecret}",
    redirectURI = "${baseURL}/callback",
    scope = {"openid", "profile", "email"},
    // The portal session follows Keycloak's (ASVS 3.5): when the access token runs out, the tokens
    // are refreshed there, so a user disabled or moved out of a department group loses that access
    // within the access token's lifetime, and a refused refresh ends the portal session.
    tokenAutoRefresh = true,
    claimsDefinition =
        @ClaimsDefinition(callerNameClaim = "preferred_username", callerGroupsClaim = "groups"))
@DeclareRoles({PortalRole.ADMIN, PortalRole.ANALYST, PortalRole.EDITOR, PortalRole.READER})
@ApplicationScoped
public class PortalSecurity {}
