package org.tacit.web.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Where Keycloak is and who the portal is to it. Read from MicroProfile Config, so an operator sets
 * {@code TACIT_OIDC_PROVIDER_URI}, {@code TACIT_OIDC_CLIENT_ID} and {@code
 * TACIT_OIDC_CLIENT_SECRET} in the server's environment; the defaults fit the demo realm started by
 * the run command.
 */
@Named("oidcSettings")
@ApplicationScoped
public class OidcSettings {

  @Inject
  @ConfigProperty(
      name = "tacit.oidc.provider-uri",
      defaultValue = "http://127.0.0.1:8180/realms/tacit")
  String providerUri;

  @Inject
  @ConfigProperty(name = "tacit.oidc.client-id", defaultValue = "tacit-portal")
  String clientId;

  /**
   * The default is the demo realm's secret (config/keycloak/tacit-realm.json), labelled demo there.
   */
  @Inject
  @ConfigProperty(name = "tacit.oidc.client-secret", defaultValue = "demo-only-tacit-portal-secret")
  String clientSecret;

  public String getProviderUri() {
    return providerUri;
  }

  public String getClientId() {
    return clientId;
  }

  public String getClientSecret() {
    return clientSecret;
  }
}
