package org.tacit.web.shell;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.util.Optional;
import org.tacit.application.access.SecurityLog;
import org.tacit.web.security.KeycloakLogout;

/** Sign-out: ends the portal session and the Keycloak session, and records it. */
@Named
@RequestScoped
public class SignOut {

  @Inject FacesContext faces;
  @Inject KeycloakLogout keycloakLogout;

  public void signOut() throws IOException {
    ExternalContext external = faces.getExternalContext();
    HttpServletRequest request = (HttpServletRequest) external.getRequest();
    String user = Optional.ofNullable(request.getUserPrincipal()).map(p -> p.getName()).orElse("-");
    external.redirect(keycloakLogout.endSessions(request, "signedOut"));
    SecurityLog.success(user, "sign-out", "portal");
    faces.responseComplete();
  }
}
