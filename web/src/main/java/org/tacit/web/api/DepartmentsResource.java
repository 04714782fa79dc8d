package org.tacit.web.api;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.tacit.application.inventory.DepartmentSummary;
import org.tacit.application.inventory.InventoryService;

/**
 * {@code GET /departments}: the departments the caller may read, with their role and task counts.
 */
@Path("departments")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class DepartmentsResource {

  @EJB InventoryService inventory;

  @GET
  public List<DepartmentSummary> departments() {
    return inventory.departments();
  }
}
