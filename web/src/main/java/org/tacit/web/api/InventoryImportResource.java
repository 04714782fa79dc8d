package org.tacit.web.api;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.SecurityContext;
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
import org.tacit.application.access.Work;
import org.tacit.application.access.WorkPermits;
import org.tacit.application.inventory.ImportReport;
import org.tacit.application.inventory.InventoryService;

/**
 * {@code POST /inventories/import}: a CSV or XLSX file as the body, imported under the same
 * contract as on the page: 200 with the counts, or 422 with every problem by row and column and
 * nothing written. {@code ?check=true} only checks. A caller with an import (or upload) already
 * under way is refused with 429 and {@code Retry-After}. An import (not a check) is recorded as the
 * page's are, and its body names the record ({@code importId}), which the person who sent it sees
 * among their latest imports on the Inventory page; the contract names no API path to read it.
 */
@Path("inventories/import")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class InventoryImportResource {

  static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

  /**
   * Above the contract's own limit (50 MiB), so that the contract's clear message is what a client
   * sees.
   */
  private static final long MAX_BODY = 64L * 1024 * 1024;

  @EJB InventoryService inventory;
  @Inject WorkPermits permits;
  @Inject SecurityContext security;

  @POST
  @Consumes({"text/csv", XLSX, MediaType.APPLICATION_OCTET_STREAM})
  public Response importFile(
      InputStream body,
      @HeaderParam(HttpHeaders.CONTENT_TYPE) String contentType,
      @QueryParam("check") boolean checkOnly)
      throws IOException {
    String name =
        contentType != null && contentType.startsWith(XLSX) ? "inventory.xlsx" : "inventory.csv";
    try (RequestBody file = receive(body, name.substring(name.lastIndexOf('.')))) {
      ImportReport report =
          checkOnly ? inventory.check(file.file(), name) : inventory.importFile(file.file(), name);
      return Response.status(report.valid() ? 200 : 422).entity(report).build();
    }
  }

  /**
   * Receiving an upload is part of an import: it holds one of the caller's import permits, so that
   * no one can keep many slow uploads open at once. The service takes the permit again to check or
   * import; between the two another import of the caller's may win it, and this one is refused.
   */
  private RequestBody receive(InputStream body, String suffix) throws IOException {
    String user =
        security.getCallerPrincipal() == null ? "" : security.getCallerPrincipal().getName();
    try (WorkPermits.Permit receiving = permits.take(user, Work.IMPORT)) {
      return RequestBody.store(body, suffix, MAX_BODY);
    }
  }
}
