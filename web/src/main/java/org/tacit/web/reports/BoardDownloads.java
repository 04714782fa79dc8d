package org.tacit.web.reports;

import jakarta.ejb.EJB;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.LocalDate;
import org.tacit.application.NotFoundException;
import org.tacit.application.access.TooManyAtOnceException;
import org.tacit.application.reports.SubstitutionReports;
import org.tacit.application.scenarios.ScenarioService;
import org.tacit.text.Words;

/**
 * The Reports page's board report: {@code ?scenario=ID}, a PDF in the browser's language (German
 * for a German browser, English where the bundle has no translation), its numbers and date as that
 * language writes them, streamed as it is written; of the departments the user may read. A plain
 * servlet has no Faces view: the language is the request's, the one Faces resolves the pages' from.
 * A user with too many renders under way gets a page that says so (429), not a broken PDF.
 */
@WebServlet("/app/reports/board")
public class BoardDownloads extends HttpServlet {

  private static final long serialVersionUID = 1L;

  @EJB SubstitutionReports reports;
  @EJB ScenarioService scenarios;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    long scenario;
    try {
      scenario = Long.parseLong(request.getParameter("scenario"));
      scenarios.scenario(scenario); // an unknown scenario is a 404 before the answer starts
    } catch (NumberFormatException e) {
      response.sendError(HttpServletResponse.SC_BAD_REQUEST);
      return;
    } catch (NotFoundException e) {
      response.sendError(HttpServletResponse.SC_NOT_FOUND);
      return;
    }
    response.setContentType("application/pdf");
    response.setHeader(
        "Content-Disposition", "attachment; filename=\"" + fileName(scenario) + "\"");
    try {
      reports.board(scenario, request.getLocale(), response.getOutputStream());
    } catch (TooManyAtOnceException e) {
      // Refused before a byte of the PDF was written: the answer becomes the page that says why
      response.reset();
      response.setHeader("Retry-After", Integer.toString(e.retryAfterSeconds()));
      response.sendError(429, e.sentence().in(Words.in(request.getLocale())));
    }
  }

  static String fileName(long scenario) {
    return "tacit-board-report-" + scenario + "-" + LocalDate.now() + ".pdf";
  }
}
