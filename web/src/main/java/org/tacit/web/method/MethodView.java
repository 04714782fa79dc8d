package org.tacit.web.method;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import org.tacit.application.assessment.RuleSetSummary;
import org.tacit.application.assessment.RuleSets;

/** The Method page's live part: the rule set that scores today, read once per request. */
@Named
@RequestScoped
public class MethodView {

  @EJB RuleSets ruleSets;

  private RuleSetSummary published;

  public RuleSetSummary getPublished() {
    if (published == null) {
      published = ruleSets.published();
    }
    return published;
  }
}
