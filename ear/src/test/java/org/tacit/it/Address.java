package org.tacit.it;

import java.net.URI;

/** Where a portal answers, and the Keycloak that signs its users in: one server, or a cluster's. */
public interface Address {

  /** {@code path} under the portal's context root, e.g. "/api/v1/roles". */
  URI url(String path);

  String keycloakOrigin();

  /** Names the folder its screenshots go to: "h2", "postgresql", "cluster". */
  String label();
}
