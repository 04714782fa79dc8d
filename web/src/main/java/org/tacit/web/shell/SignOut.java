package org.tacit.web.shell;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;

/**
 * Ends the portal session and, through the OpenID Connect logout, the Keycloak session: the
 * mechanism answers {@code logout()} with a redirect to Keycloak's end-session endpoint, which
 * returns the browser to the landing page.
 */
@Named
@RequestScoped
public class SignOut {

  @Inject FacesContext faces;

  public void signOut() throws ServletException, IOException {
    ExternalContext external = faces.getExternalContext();
    HttpServletRequest request = (HttpServletRequest) external.getRequest();
    request.logout();
    if (!faces.getResponseComplete()) {
      external.invalidateSession();
      external.redirect(external.getRequestContextPath() + "/index.xhtml?signedOut=true");
    }
    faces.responseComplete();
  }
}
