package org.tacit.web.inventory;

import jakarta.ejb.EJB;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.LocalDate;
import java.util.Locale;
import org.tacit.application.access.DepartmentGroup;
import org.tacit.application.access.NotPermittedException;
import org.tacit.application.inventory.InventoryService;
import org.tacit.domain.report.ExportFormat;
import org.tacit.text.Words;
import org.tacit.web.shell.Refusals;

/**
 * Downloads of the inventory in the import layout: {@code ?department=FIN} for one department, none
 * for everything the user may read; {@code &format=xlsx} for Excel. Streamed to the browser; the
 * service decides what the user may read.
 */
@WebServlet("/app/inventory/export")
public class InventoryDownloads extends HttpServlet {

  private static final long serialVersionUID = 1L;

  @EJB InventoryService inventory;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    ExportFormat format =
        "xlsx".equalsIgnoreCase(request.getParameter("format"))
            ? ExportFormat.XLSX
            : ExportFormat.CSV;
    String department = request.getParameter("department");
    if (department != null && !DepartmentGroup.isCode(department)) {
      response.sendError(HttpServletResponse.SC_BAD_REQUEST);
      return;
    }
    String name =
        "tacit-inventory-"
            + (department == null ? "organisation" : department.toLowerCase(Locale.ROOT))
            + "-"
            + LocalDate.now()
            + "."
            + format.extension();
    response.setContentType(format.contentType());
    response.setHeader("Content-Disposition", "attachment; filename=\"" + name + "\"");
    try {
      inventory.export(department, format, response.getOutputStream());
    } catch (NotPermittedException e) {
      Words words = Words.in(request.getLocale());
      Refusals.refuseDownload(
          request,
          response,
          department == null
              ? words.text("refusal.export.all")
              : words.text("refusal.export", department));
    }
  }
}
