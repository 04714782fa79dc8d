package org.tacit.web.security;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The settings the portal refuses to start with (ASVS V14 "secure defaults"): the demo realm's
 * client secret while the portal is reachable from other machines, and an identity provider reached
 * over plain HTTP anywhere but on this machine, where the authorization code, the tokens and the
 * client secret would cross the network in the clear.
 *
 * <p>The portal cannot see its own listener's address, so it is told: {@code tacit.bind-address}
 * ({@code TACIT_BIND_ADDRESS}), which the run command sets to the address it binds Payara to. An
 * unset address counts as reachable from elsewhere: Payara binds to every interface by default.
 */
public final class StartupSafety {

  /** Every secret in the demo realm (config/keycloak/tacit-realm.json) starts so. */
  static final String DEMO_SECRET_PREFIX = "demo-only-";

  private StartupSafety() {}

  /** Why the portal must not start with these settings; empty when it may. */
  public static List<String> refusals(
      Optional<String> bindAddress, String providerUri, String clientSecret) {
    List<String> refusals = new ArrayList<>();
    demoSecretOffLoopback(bindAddress, clientSecret).ifPresent(refusals::add);
    providerInTheClear(providerUri).ifPresent(refusals::add);
    return refusals;
  }

  private static Optional<String> demoSecretOffLoopback(
      Optional<String> bindAddress, String clientSecret) {
    boolean demoSecret =
        clientSecret == null
            || clientSecret.isBlank()
            || clientSecret.startsWith(DEMO_SECRET_PREFIX);
    Optional<String> address = bindAddress.map(String::strip).filter(a -> !a.isEmpty());
    if (!demoSecret || address.filter(Loopback::is).isPresent()) {
      return Optional.empty();
    }
    String where =
        address
            .map(
                a ->
                    "listens on "
                        + a
                        + " (tacit.bind-address / TACIT_BIND_ADDRESS), which is not a loopback"
                        + " address")
            .orElse(
                "does not know its bind address (tacit.bind-address / TACIT_BIND_ADDRESS is not"
                    + " set), so it counts as reachable from other machines");
    return Optional.of(
        "The OIDC client secret (tacit.oidc.client-secret / TACIT_OIDC_CLIENT_SECRET) is "
            + (clientSecret == null || clientSecret.isBlank()
                ? "not set"
                : "the public demo secret")
            + " while the portal "
            + where
            + ". Set the secret of the tacit-portal client in your own realm.");
  }

  private static Optional<String> providerInTheClear(String providerUri) {
    URI uri;
    try {
      uri = new URI(providerUri == null ? "" : providerUri.strip());
    } catch (URISyntaxException e) {
      return Optional.of(notAnAddress(providerUri));
    }
    String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase();
    if (uri.getHost() == null || !(scheme.equals("https") || scheme.equals("http"))) {
      return Optional.of(notAnAddress(providerUri));
    }
    if (scheme.equals("http") && !Loopback.is(uri.getHost())) {
      return Optional.of(
          "The identity provider (tacit.oidc.provider-uri / TACIT_OIDC_PROVIDER_URI) "
              + providerUri
              + " is reached over plain HTTP on another machine: codes, tokens and the client"
              + " secret would cross the network in the clear. Use its https:// address.");
    }
    return Optional.empty();
  }

  private static String notAnAddress(String providerUri) {
    return "The identity provider (tacit.oidc.provider-uri / TACIT_OIDC_PROVIDER_URI) '"
        + providerUri
        + "' is not an http(s) address with a host.";
  }
}
