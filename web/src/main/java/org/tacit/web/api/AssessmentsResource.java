package org.tacit.web.api;

import jakarta.ejb.EJB;
import jakarta.json.JsonObject;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;
import jakarta.ws.rs.core.UriInfo;
import java.util.LinkedHashMap;
import java.util.Map;
import org.tacit.application.assessment.Assessments;
import org.tacit.application.assessment.RunSummary;
import org.tacit.application.assessment.RunTasks;
import org.tacit.domain.model.assessment.AssessmentScope;

/**
 * Assessment runs for other systems. {@code POST /assessments} starts a run and answers 202 with
 * its id and address at once (an organisation's run works in the background); {@code GET
 * /assessments/{id}} gives its status and, once done, every task's L, A, class, confidence and
 * reasons, a page at a time ({@code offset}, {@code limit} ≤ 10,000), of the caller's departments.
 * A run that covers departments the caller may not read comes {@code "redacted": true}, without its
 * label, starter and progress; one that covers none of theirs answers 404, as an unknown id does.
 */
@Path("assessments")
@Produces(MediaType.APPLICATION_JSON)
public class AssessmentsResource {

  private static final int MAX_LIMIT = 10_000;

  @EJB Assessments assessments;

  @Context UriInfo uri;

  /**
   * Body: {@code {"scope": "organisation"}}, {@code {"scope": "department", "department": "FIN"}},
   * {@code {"scope": "role", "role": 12}} or {@code {"scope": "task", "task": 345}}; no body means
   * the organisation.
   */
  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  public Response start(JsonObject body) {
    RunSummary run = assessments.start(scope(body));
    return Response.accepted(run(run))
        .location(uri.getAbsolutePathBuilder().path(Long.toString(run.id())).build())
        .build();
  }

  @GET
  public Response runs() {
    return Response.ok(assessments.runs().stream().map(AssessmentsResource::run).toList()).build();
  }

  @GET
  @Path("{id}")
  public Response run(
      @PathParam("id") long id,
      @QueryParam("department") String department,
      @QueryParam("offset") @DefaultValue("0") int offset,
      @QueryParam("limit") @DefaultValue("1000") int limit) {
    if (offset < 0 || limit < 1 || limit > MAX_LIMIT) {
      throw new BadRequestException("offset is 0 or more and limit 1–" + MAX_LIMIT + ".");
    }
    RunSummary run = assessments.run(id);
    if (!run.finished()) {
      return Response.ok(run(run)).build();
    }
    RunTasks page = assessments.tasks(id, department, offset, limit);
    Map<String, Object> answer = new LinkedHashMap<>(run(page.run()));
    answer.put("taskCount", page.total());
    answer.put("offset", offset);
    answer.put("tasks", page.tasks());
    if (offset + page.tasks().size() < page.total()) {
      UriBuilder next =
          uri.getAbsolutePathBuilder()
              .queryParam("offset", offset + limit)
              .queryParam("limit", limit);
      if (department != null) {
        next.queryParam("department", department);
      }
      answer.put("next", next.build().toString());
    }
    return Response.ok(answer).build();
  }

  private static AssessmentScope scope(JsonObject body) {
    String kind = body == null ? "organisation" : body.getString("scope", "organisation");
    try {
      return switch (kind) {
        case "organisation" -> AssessmentScope.organisation();
        case "department" -> AssessmentScope.department(body.getString("department", null));
        case "role" -> AssessmentScope.role(body.getJsonNumber("role").longValueExact());
        case "task" -> AssessmentScope.task(body.getJsonNumber("task").longValueExact());
        default ->
            throw new BadRequestException(
                "scope is organisation, department, role or task, not " + kind + ".");
      };
    } catch (NullPointerException | ClassCastException | ArithmeticException e) {
      throw new BadRequestException(
          "A department scope names \"department\" (its code); a role scope \"role\""
              + " and a task scope \"task\" (its id).");
    }
  }

  private static Map<String, Object> run(RunSummary run) {
    Map<String, Object> fields = new LinkedHashMap<>();
    fields.put("id", run.id());
    fields.put("status", run.status());
    fields.put("scope", run.scopeKind().toLowerCase());
    if (run.redacted()) {
      fields.put(
          "redacted",
          true); // it covers departments the caller may not read: no label, starter, progress
    }
    if (run.scopeKey() != null) {
      fields.put(
          run.scopeKind().equals("DEPARTMENT") ? "department" : run.scopeKind().toLowerCase(),
          run.scopeKey());
    }
    if (run.scopeLabel() != null) {
      fields.put("scopeLabel", run.scopeLabel());
    }
    fields.put("ruleSetVersion", run.ruleSetVersion());
    fields.put("startedAt", run.startedAt().toString());
    if (run.startedBy() != null) {
      fields.put("startedBy", run.startedBy());
    }
    if (run.finishedAt() != null) {
      fields.put("finishedAt", run.finishedAt().toString());
    }
    if (!run.redacted()) {
      fields.put("done", run.done());
      fields.put("total", run.total());
    }
    if (run.problem() != null) {
      fields.put("problem", run.problem());
    }
    if (!run.classCounts().isEmpty()) {
      fields.put("classes", run.classCounts());
    }
    return fields;
  }
}
