package org.tacit.web.reports;

import jakarta.ejb.EJB;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.LocalDate;
import org.tacit.application.NotFoundException;
import org.tacit.application.reports.SubstitutionReports;
import org.tacit.application.scenarios.ScenarioService;
import org.tacit.domain.report.ExportFormat;

/**
 * The Reports page's tables for spreadsheets: {@code ?scenario=ID}, {@code &format=xlsx} for Excel.
 * Streamed to the browser; the service keeps to the departments the user may read.
 */
@WebServlet("/app/reports/export")
public class ReportDownloads extends HttpServlet {

  private static final long serialVersionUID = 1L;

  @EJB SubstitutionReports reports;
  @EJB ScenarioService scenarios;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    ExportFormat format =
        "xlsx".equalsIgnoreCase(request.getParameter("format"))
            ? ExportFormat.XLSX
            : ExportFormat.CSV;
    long scenario;
    try {
      scenario = Long.parseLong(request.getParameter("scenario"));
      scenarios.scenario(
          scenario); // an unknown scenario is a 404 before the answer starts, not a 500 halfway
    } catch (NumberFormatException e) {
      response.sendError(HttpServletResponse.SC_BAD_REQUEST);
      return;
    } catch (NotFoundException e) {
      response.sendError(HttpServletResponse.SC_NOT_FOUND);
      return;
    }
    response.setContentType(format.contentType());
    response.setHeader(
        "Content-Disposition",
        "attachment; filename=\"tacit-substitution-"
            + scenario
            + "-"
            + LocalDate.now()
            + "."
            + format.extension()
            + "\"");
    reports.export(scenario, format, response.getOutputStream());
  }
}
