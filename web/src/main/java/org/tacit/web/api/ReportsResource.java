package org.tacit.web.api;

import jakarta.ejb.EJB;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import jakarta.ws.rs.core.UriInfo;
import java.io.ByteArrayOutputStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.tacit.application.economy.EconomyBenchmark;
import org.tacit.application.reports.SubstitutionReport;
import org.tacit.application.reports.SubstitutionReport.GroupFigures;
import org.tacit.application.reports.SubstitutionReports;
import org.tacit.application.scenarios.ScenarioService;
import org.tacit.domain.report.ExportFormat;

/**
 * The realistic substitution estimate for other systems: under one scenario (see {@link
 * ScenariosResource}), the three figures year by year for the organisation, each department and
 * each role the caller may read, computed from the answers as they stand; and the same for the US
 * economy, the benchmark every organisation is set against.
 */
@Path("reports")
@Produces(MediaType.APPLICATION_JSON)
public class ReportsResource {

  @EJB SubstitutionReports reports;
  @EJB ScenarioService scenarios;

  /** Roles in one answer at most: an organisation of 1,000 roles is several MB of figures. */
  static final int MAX_ROLES = 5_000;

  @Context UriInfo uri;

  /**
   * The figures under the scenario, the roles a page at a time ({@code offset}, {@code limit} ≤
   * 5,000, 100 unless asked: about 14 KB a role): {@code roleCount} says how many there are, {@code
   * next} where the following page is. The organisation's and departments' figures come whole on
   * every page.
   */
  @GET
  @Path("substitution")
  public Map<String, Object> substitution(
      @QueryParam("scenario") Long scenario,
      @QueryParam("offset") @DefaultValue("0") int offset,
      @QueryParam("limit") @DefaultValue("100") int limit) {
    if (offset < 0 || limit < 1 || limit > MAX_ROLES) {
      throw new BadRequestException("offset is 0 or more and limit 1–" + MAX_ROLES + ".");
    }
    SubstitutionReport report = reports.report(requireScenario(scenario));
    List<GroupFigures> roles = report.roles();
    int to = (int) Math.min(roles.size(), (long) offset + limit);
    Map<String, Object> answer = new LinkedHashMap<>();
    answer.put("scenario", report.scenario());
    answer.put("ruleSetVersion", report.ruleSetVersion());
    answer.put("years", report.years());
    answer.put("organisation", report.organisation());
    answer.put("departments", report.departments());
    answer.put("roleCount", roles.size());
    answer.put("offset", offset);
    answer.put("roles", offset >= roles.size() ? List.of() : roles.subList(offset, to));
    answer.put("openAnswers", report.openAnswers());
    answer.put("certainty", report.certainty());
    if (to < roles.size()) {
      answer.put(
          "next",
          uri.getAbsolutePathBuilder()
              .queryParam("scenario", scenario)
              .queryParam("offset", to)
              .queryParam("limit", limit)
              .build()
              .toString());
    }
    return answer;
  }

  /**
   * The US economy under the scenario (every O*NET occupation weighted by US employment, scored
   * with O*NET's estimates) beside the published national estimates; the same for every caller.
   */
  @GET
  @Path("economy")
  public EconomyBenchmark economy(@QueryParam("scenario") Long scenario) {
    return reports.economy(requireScenario(scenario));
  }

  /**
   * The same figures as a CSV or XLSX table, a row per organisation, department and role and year.
   */
  @GET
  @Path("substitution.{format:csv|xlsx}")
  @Produces({"text/csv", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"})
  public Response substitutionTable(
      @PathParam("format") String format, @QueryParam("scenario") Long scenario) {
    requireScenario(scenario);
    ExportFormat as = ExportFormat.valueOf(format.toUpperCase(Locale.ROOT));
    scenarios.scenario(scenario); // an unknown scenario is a 404 before the answer starts
    StreamingOutput body = out -> reports.export(scenario, as, out);
    return Response.ok(body, as.contentType())
        .header(
            "Content-Disposition",
            "attachment; filename=\"substitution-" + scenario + "." + as.extension() + "\"")
        .build();
  }

  private static long requireScenario(Long scenario) {
    if (scenario == null) {
      throw new BadRequestException("Name the scenario: ?scenario=ID (GET /scenarios lists them).");
    }
    return scenario;
  }

  /**
   * The board report as a PDF in the first language the caller accepts ({@code Accept-Language}),
   * its words, numbers and date; English when it names none or one the bundle has no translation
   * for.
   */
  @GET
  @Path("board.pdf")
  @Produces("application/pdf")
  public Response board(@QueryParam("scenario") Long scenario, @Context HttpHeaders headers) {
    long id = requireScenario(scenario);
    scenarios.scenario(id); // an unknown scenario is a 404 before the answer starts
    Locale locale =
        headers.getAcceptableLanguages().stream()
            .filter(l -> !l.getLanguage().isEmpty() && !"*".equals(l.getLanguage()))
            .findFirst()
            .orElse(Locale.ENGLISH);
    // Drawn before the answer starts, so that a refusal (429 when the caller has too many renders
    // under way) or a failure gets its problem document; a board report is a few hundred KiB.
    ByteArrayOutputStream body = new ByteArrayOutputStream(256 * 1024);
    reports.board(id, locale, body);
    return Response.ok(body.toByteArray(), "application/pdf")
        .header("Content-Disposition", "attachment; filename=\"board-report-" + id + ".pdf\"")
        .build();
  }
}
