package org.tacit.web.api;

import jakarta.ejb.EJB;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.tacit.application.ScenarioView;
import org.tacit.application.SubstitutionReports;

/** The organisation's scenarios, each assumption beside its default and source. */
@Path("scenarios")
@Produces(MediaType.APPLICATION_JSON)
public class ScenariosResource {

  @EJB SubstitutionReports reports;

  @GET
  public List<ScenarioView> scenarios() {
    return reports.scenarios();
  }

  @GET
  @Path("{id}")
  public ScenarioView scenario(@PathParam("id") long id) {
    return reports.scenario(id);
  }
}
