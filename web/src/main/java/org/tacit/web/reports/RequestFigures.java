package org.tacit.web.reports;

import jakarta.ejb.EJB;
import jakarta.ejb.EJBException;
import jakarta.enterprise.context.RequestScoped;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.omnifaces.util.Messages;
import org.tacit.application.reports.Dashboard;
import org.tacit.application.reports.SubstitutionReports;
import org.tacit.web.shell.Refusals;

/**
 * The Reports page's figures for one request: asked of the server, which computes them once for
 * every reader, at most once a request, and forgotten when the request ends. The view keeps the
 * reader's choices only, so that twenty readers of a thousand roles keep no thousand rows each in
 * their sessions, and each request shows the figures as they stand.
 */
@RequestScoped
public class RequestFigures {

  @EJB SubstitutionReports reports;

  private Dashboard dashboard;
  private final Map<Object, Object> made = new HashMap<>();

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

  /**
   * What {@code make} makes of the figures, made once a request for each {@code key} (a record of
   * what it depends on, such as the scenario and department).
   */
  @SuppressWarnings("unchecked")
  public <T> T once(Object key, Supplier<T> make) {
    if (!made.containsKey(key)) {
      made.put(key, make.get()); // not computeIfAbsent: make may itself ask for another figure
    }
    return (T) made.get(key);
  }
}
