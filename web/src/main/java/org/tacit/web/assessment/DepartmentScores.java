package org.tacit.web.assessment;

import jakarta.ejb.EJB;
import jakarta.ejb.EJBException;
import jakarta.enterprise.context.RequestScoped;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.omnifaces.util.Messages;
import org.tacit.application.access.NotPermittedException;
import org.tacit.application.assessment.Assessments;
import org.tacit.application.assessment.TaskScoreSummary;
import org.tacit.domain.model.assessment.AssessmentScope;
import org.tacit.web.shell.Refusals;

/**
 * The Assessment page's scores for one request: asked of the server, which scores a department once
 * for every reader while its data stays as it is, and forgotten when the request ends. The view
 * keeps the reader's choices only, so that twenty readers of a department of five thousand tasks
 * keep no five thousand explained tasks each in their sessions.
 */
@RequestScoped
public class DepartmentScores {

  @EJB Assessments assessments;

  private final Map<Object, Object> made = new HashMap<>();

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

  /**
   * What {@code make} makes of the scores, made once a request for each {@code key} (a record of
   * what it depends on).
   */
  @SuppressWarnings("unchecked")
  public <T> T once(Object key, Supplier<T> make) {
    if (!made.containsKey(key)) {
      made.put(key, make.get()); // not computeIfAbsent: make may itself ask for another figure
    }
    return (T) made.get(key);
  }

  private record Department(String code) {}
}
