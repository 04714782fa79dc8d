package org.tacit.web.security;

import jakarta.annotation.security.DeclareRoles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.security.enterprise.authentication.mechanism.http.OpenIdAuthenticationMechanismDefinition;
import jakarta.security.enterprise.authentication.mechanism.http.openid.ClaimsDefinition;
import jakarta.security.enterprise.authentication.mechanism.http.openid.LogoutDefinition;

/**
 * Sign-in is the company's Keycloak, through the standard Jakarta Security OpenID Connect
 * mechanism: the portal never sees a password. The realm's role mapper writes realm roles into the
 * flat {@code groups} claim, which Payara maps to roles of the same name.
 *
 * <p>After sign-in, {@link SignInCallback} returns the person to the page they asked for.
 *
 * <p>Signing out notifies Keycloak, so the single sign-on session ends too and the next visitor at
 * this browser has to sign in again.
 */
@OpenIdAuthenticationMechanismDefinition(
    providerURI = "${oidcSettings.providerUri}",
    clientId = "${oidcSettings.clientId}",
    clientSecret = "${oidcSettings.clientSecret}",
    redirectURI = "${baseURL}/callback",
    scope = {"openid", "profile", "email"},
    claimsDefinition =
        @ClaimsDefinition(callerNameClaim = "preferred_username", callerGroupsClaim = "groups"),
    logout = @LogoutDefinition(notifyProvider = true, redirectURI = "${baseURL}/index.xhtml?signedOut=true"))
@DeclareRoles({PortalRole.ADMIN, PortalRole.ANALYST, PortalRole.EDITOR, PortalRole.READER})
@ApplicationScoped
public class PortalSecurity {}
