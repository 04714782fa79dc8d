package org.tacit.web.api;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.tacit.application.inventory.InventoryService;
import org.tacit.application.inventory.RoleSummary;
import org.tacit.application.inventory.RoleTasks;
import org.tacit.application.inventory.TaskSummary;

/**
 * {@code GET /roles?department=CODE}, {@code GET /roles/{id}} and {@code GET /roles/{id}/tasks}.
 */
@Path("roles")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class RolesResource {

  @EJB InventoryService inventory;
  @EJB RoleTasks roleTasks;

  @GET
  public List<RoleSummary> roles(@QueryParam("department") String department) {
    if (department == null || department.isBlank()) {
      throw new BadRequestException(
          "Name the department: /roles?department=CODE (see GET /departments).");
    }
    return inventory.roles(department.strip());
  }

  @GET
  @Path("{id}")
  public RoleSummary role(@PathParam("id") long id) {
    return roleTasks.role(id);
  }

  @GET
  @Path("{id}/tasks")
  public List<TaskSummary> tasks(@PathParam("id") long id) {
    return roleTasks.tasks(id);
  }
}
