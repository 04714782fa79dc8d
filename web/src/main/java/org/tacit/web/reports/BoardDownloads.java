package org.tacit.web.reports;

import jakarta.ejb.EJB;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.LocalDate;
import org.tacit.application.NotFoundException;
import org.tacit.application.SubstitutionReports;

/**
 * The Reports page's board report: {@code ?scenario=ID}, a PDF with numbers and the date as the
 * browser's language writes them, streamed as it is written; of the departments the user may read.
 */
@WebServlet("/app/reports/board")
public class BoardDownloads extends HttpServlet {

  private static final long serialVersionUID = 1L;

  @EJB SubstitutionReports reports;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
    long scenario;
    try {
      scenario = Long.parseLong(request.getParameter("scenario"));
      reports.scenario(scenario); // an unknown scenario is a 404 before the answer starts
    } catch (NumberFormatException e) {
      response.sendError(HttpServletResponse.SC_BAD_REQUEST);
      return;
    } catch (NotFoundException e) {
      response.sendError(HttpServletResponse.SC_NOT_FOUND);
      return;
    }
    response.setContentType("application/pdf");
    response.setHeader("Content-Disposition", "attachment; filename=\"" + fileName(scenario) + "\"");
    reports.board(scenario, request.getLocale(), response.getOutputStream());
  }

  static String fileName(long scenario) {
    return "tacit-board-report-" + scenario + "-" + LocalDate.now() + ".pdf";
  }
}
