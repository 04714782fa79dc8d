package org.tacit.web.api;

import jakarta.ejb.EJB;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.tacit.application.SubstitutionReport;
import org.tacit.application.SubstitutionReports;

/**
 * The realistic substitution estimate for other systems: under one scenario (see
 * {@link ScenariosResource}), the three figures year by year for the organisation, each department
 * and each role the caller may read, computed from the answers as they stand.
 */
@Path("reports")
@Produces(MediaType.APPLICATION_JSON)
public class ReportsResource {

  @EJB SubstitutionReports reports;

  @GET
  @Path("substitution")
  public SubstitutionReport substitution(@QueryParam("scenario") Long scenario) {
    if (scenario == null) {
      throw new BadRequestException("Name the scenario: ?scenario=ID (GET /scenarios lists them).");
    }
    return reports.report(scenario);
  }
}
