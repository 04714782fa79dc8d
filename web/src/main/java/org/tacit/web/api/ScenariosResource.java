package org.tacit.web.api;

import jakarta.ejb.EJB;
import jakarta.json.JsonObject;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.tacit.application.scenarios.ScenarioService;
import org.tacit.application.scenarios.ScenarioSummary;

/**
 * The organisation's scenarios, each assumption beside its default and source, and its {@code
 * values} as a client changes them. Strategy analysts and administrators create, copy, change and
 * delete scenarios (others get 403); a change or deletion quotes the row version it read and gets
 * 409 when someone else changed the scenario since; a value that does not fit gets 400 with the
 * reason.
 */
@Path("scenarios")
@Produces(MediaType.APPLICATION_JSON)
public class ScenariosResource {

  @EJB ScenarioService scenarios;

  @Context UriInfo uri;

  @GET
  public List<ScenarioSummary> scenarios() {
    return scenarios.scenarios();
  }

  @GET
  @Path("{id}")
  public ScenarioSummary scenario(@PathParam("id") long id) {
    return scenarios.scenario(id);
  }

  /**
   * Body: the values that depart from the defaults, with a name: {@code {"name": "Faster",
   * "doublingMonths": 4}}.
   */
  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  public Response create(JsonObject body) {
    return created(scenarios.create(ScenarioBody.over(scenarios.defaults().values(), body, 0)));
  }

  /** Body: {@code {"name": "Copy of Base"}}. */
  @POST
  @Path("{id}/copy")
  @Consumes(MediaType.APPLICATION_JSON)
  public Response copy(@PathParam("id") long id, JsonObject body) {
    return created(scenarios.copy(id, ScenarioBody.name(body)));
  }

  /** Body: {@code rowVersion} as read, and the values to change; the others stay as stored. */
  @PUT
  @Path("{id}")
  @Consumes(MediaType.APPLICATION_JSON)
  public ScenarioSummary save(@PathParam("id") long id, JsonObject body) {
    long rowVersion = ScenarioBody.rowVersion(body);
    return scenarios.save(id, ScenarioBody.over(scenarios.scenario(id).values(), body, rowVersion));
  }

  @DELETE
  @Path("{id}")
  public Response delete(@PathParam("id") long id, @QueryParam("version") Long version) {
    if (version == null) {
      throw new BadRequestException(
          "Quote the row version you read: DELETE /scenarios/" + id + "?version=N.");
    }
    scenarios.delete(id, version);
    return Response.noContent().build();
  }

  private Response created(ScenarioSummary scenario) {
    return Response.created(
            uri.getBaseUriBuilder()
                .path(ScenariosResource.class)
                .path(Long.toString(scenario.id()))
                .build())
        .entity(scenario)
        .build();
  }
}
