package org.tacit.web.api;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.InputStream;
import org.tacit.application.ImportReport;
import org.tacit.application.InventoryService;

/**
 * {@code POST /inventories/import}: a CSV or XLSX file as the body, imported under the same
 * contract as on the page: 200 with the counts, or 422 with every problem by row and column and
 * nothing written. {@code ?check=true} only checks.
 */
@Path("inventories/import")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class InventoryImportResource {

  static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
  /** Above the contract's own limit (50 MiB), so that the contract's clear message is what a client sees. */
  private static final long MAX_BODY = 64L * 1024 * 1024;

  @EJB InventoryService inventory;

  @POST
  @Consumes({"text/csv", XLSX, MediaType.APPLICATION_OCTET_STREAM})
  public Response importFile(InputStream body, @HeaderParam(HttpHeaders.CONTENT_TYPE) String contentType,
      @QueryParam("check") boolean checkOnly) throws IOException {
    String name = contentType != null && contentType.startsWith(XLSX) ? "inventory.xlsx" : "inventory.csv";
    try (RequestBody file = RequestBody.store(body, name.substring(name.lastIndexOf('.')), MAX_BODY)) {
      ImportReport report = checkOnly ? inventory.check(file.file(), name) : inventory.importFile(file.file(), name);
      return Response.status(report.valid() ? 200 : 422).entity(report).build();
    }
  }
}
