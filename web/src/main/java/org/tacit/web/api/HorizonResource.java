package org.tacit.web.api;

import jakarta.ejb.EJB;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.YearMonth;
import org.tacit.application.scenarios.HorizonEvidence;
import org.tacit.application.scenarios.HorizonRecord;
import org.tacit.domain.scenario.HorizonTrend;

/**
 * The measured AI task horizons and the trend fitted to them: {@code points} (oldest first, hours),
 * {@code trend} over every point, {@code recentTrend} over the points from 2023 on, and {@code
 * reliableShare}, the median 80 % horizon as a share of the 50 % one. Anyone signed in reads it;
 * administrators add a point (201) and remove one they added (204; a shipped point is 400).
 */
@Path("horizon")
@Produces(MediaType.APPLICATION_JSON)
public class HorizonResource {

  private static final YearMonth RECENT = YearMonth.of(2023, 1);

  @EJB HorizonEvidence evidence;

  @Context UriInfo uri;

  @GET
  public JsonObject horizon() {
    JsonArrayBuilder points = Json.createArrayBuilder();
    evidence.recorded().forEach(point -> points.add(HorizonBody.json(point)));
    var json =
        Json.createObjectBuilder()
            .add("points", points)
            .add("trend", HorizonBody.json(evidence.trend()))
            .add(
                "recentTrend",
                HorizonBody.json(evidence.trend(RECENT)).add("since", RECENT.toString()));
    HorizonTrend.reliableShare(evidence.points())
        .ifPresent(share -> json.add("reliableShare", share));
    return json.build();
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  public Response add(JsonObject body) {
    HorizonRecord added = evidence.add(HorizonBody.entry(body));
    return Response.created(
            uri.getBaseUriBuilder()
                .path(HorizonResource.class)
                .path(Long.toString(added.id()))
                .build())
        .entity(HorizonBody.json(added).build())
        .build();
  }

  @DELETE
  @Path("{id}")
  public Response remove(@PathParam("id") long id) {
    evidence.remove(id);
    return Response.noContent().build();
  }
}
