package org.tacit.web.api;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import org.tacit.application.library.LibraryImportReport;
import org.tacit.application.library.OccupationDetail;
import org.tacit.application.library.OccupationLibrary;
import org.tacit.application.library.OccupationSummary;

/**
 * The O*NET library: {@code GET /onet/occupations?q=}, {@code GET /onet/occupations/{code}}, and
 * {@code POST /onet/releases} with the ZIP of an O*NET text release (administrators).
 */
@Path("onet")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class LibraryResource {

  private static final long MAX_RELEASE = 150L * 1024 * 1024;

  @EJB OccupationLibrary library;

  @GET
  @Path("occupations")
  public List<OccupationSummary> occupations(
      @QueryParam("q") @DefaultValue("") String query,
      @QueryParam("limit") @DefaultValue("50") int limit) {
    return library.search(query, limit);
  }

  @GET
  @Path("occupations/{code}")
  public OccupationDetail occupation(@PathParam("code") String code) {
    return library
        .occupation(code)
        .orElseThrow(
            () -> new NotFoundException("There is no occupation " + code + " in the library."));
  }

  @POST
  @Path("releases")
  @Consumes({"application/zip", MediaType.APPLICATION_OCTET_STREAM})
  public LibraryImportReport loadRelease(InputStream body) throws IOException {
    try (RequestBody file = RequestBody.store(body, ".zip", MAX_RELEASE)) {
      return library.importRelease(file.file());
    }
  }
}
