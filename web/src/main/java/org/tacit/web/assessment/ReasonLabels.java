package org.tacit.web.assessment;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import org.tacit.application.assessment.ScoreReason;
import org.tacit.text.Words;

/**
 * A score's reason as people read it: {@code #{reasons.named(reason)}} words it in the language of
 * the page being rendered, from the bundle's {@code rule.*.reason} keys (the rule id stays beside
 * it, as the page shows it). The score tables, the run page and the Reports page take it from here.
 */
@Named("reasons")
@ApplicationScoped
public class ReasonLabels {

  /** Such as "depends on unwritten context (4/5)", or in German "hängt von … ab (4/5)". */
  public String named(ScoreReason reason) {
    return reason.in(Words.in(FacesContext.getCurrentInstance().getViewRoot().getLocale()));
  }
}
