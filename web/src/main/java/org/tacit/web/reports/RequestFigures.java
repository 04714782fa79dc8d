package org.tacit.web.reports;

import jakarta.ejb.EJB;
import jakarta.ejb.EJBException;
import jakarta.enterprise.context.RequestScoped;
import java.util.List;
import org.omnifaces.util.Messages;
import org.tacit.application.reports.Dashboard;
import org.tacit.application.reports.SubstitutionReports;
import org.tacit.web.shell.OncePerRequest;
import org.tacit.web.shell.Refusals;

/**
 * The Reports page's figures for one request: asked of the server, which computes them once for
 * every reader, at most once a request, and forgotten when the request ends. The view keeps the
 * reader's choices only, so that twenty readers of a thousand roles keep no thousand rows each in
 * their sessions, and each request shows the figures as they stand.
 */
@RequestScoped
public class RequestFigures extends OncePerRequest {

  @EJB SubstitutionReports reports;

  private Dashboard dashboard;

  /** The dashboards of the caller's departments; empty, with the reason shown, when refused. */
  public Dashboard dashboard() {
    if (dashboard == null) {
      try {
        dashboard = reports.dashboard();
      } catch (EJBException | IllegalArgumentException e) {
        Messages.addGlobalError(Refusals.reason(e).orElseThrow(() -> e));
        dashboard = new Dashboard(List.of(), List.of(), List.of(), List.of());
      }
    }
    return dashboard;
  }
}
