package org.tacit.web.assessment;

import jakarta.ejb.EJB;
import jakarta.ejb.EJBException;
import jakarta.enterprise.context.RequestScoped;
import java.util.List;
import org.omnifaces.util.Messages;
import org.tacit.application.access.NotPermittedException;
import org.tacit.application.assessment.Assessments;
import org.tacit.application.assessment.TaskScoreSummary;
import org.tacit.domain.model.assessment.AssessmentScope;
import org.tacit.web.shell.OncePerRequest;
import org.tacit.web.shell.Refusals;

/**
 * The Assessment page's scores for one request: asked of the server, which scores a department once
 * for every reader while its data stays as it is, and forgotten when the request ends. The view
 * keeps the reader's choices only, so that twenty readers of a department of five thousand tasks
 * keep no five thousand explained tasks each in their sessions.
 */
@RequestScoped
public class DepartmentScores extends OncePerRequest {

  @EJB Assessments assessments;

  /** The department's tasks as they score now; empty, with the reason shown, when refused. */
  public List<TaskScoreSummary> of(String department) {
    return once(
        new Department(department),
        () -> {
          try {
            return assessments.current(AssessmentScope.department(department));
          } catch (NotPermittedException | EJBException e) {
            Messages.addGlobalWarn(Refusals.reason(e).orElseThrow(() -> e));
            return List.of();
          }
        });
  }

  private record Department(String code) {}
}
