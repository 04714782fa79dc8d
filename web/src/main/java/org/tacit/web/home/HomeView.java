package org.tacit.web.home;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBException;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.omnifaces.util.Messages;
import org.primefaces.PrimeFaces;
import org.tacit.application.home.Agenda;
import org.tacit.application.home.AgendaFigures;
import org.tacit.application.home.AgendaItems;
import org.tacit.application.home.Listed;
import org.tacit.web.shell.Growl;
import org.tacit.web.shell.Refusals;

/**
 * The home page: what the database says needs doing, read when the page opens, and what the scored
 * organisation says (the headline figures, scores on estimates, the answers that would change
 * most), asked for once the page shows, as scoring a large organisation takes a moment.
 */
@Named
@ViewScoped
public class HomeView implements Serializable {

  private static final long serialVersionUID = 1L;

  @EJB Agenda agenda;

  private AgendaItems items;
  private AgendaFigures figures;
  private boolean figuresAsked;

  @PostConstruct
  void load() {
    try {
      items = agenda.items();
    } catch (EJBException | IllegalArgumentException e) {
      Messages.addGlobalError(Refusals.reason(e).orElseThrow(() -> e));
      items = new AgendaItems(null, Listed.none(), null, List.of());
    }
  }

  /** Scores the caller's departments under the default scenario, once. */
  public void loadFigures() {
    if (figuresAsked) {
      return;
    }
    figuresAsked = true;
    try {
      figures = agenda.figures().orElse(null);
    } catch (EJBException | IllegalArgumentException e) {
      Growl.warn("home.figures.failed", Refusals.reason(e).orElse(Growl.text("reports.seeLog")));
      PrimeFaces.current().ajax().update("messages");
    }
  }

  public AgendaItems getItems() {
    return items;
  }

  /** Null until {@link #loadFigures} has run, and when there is nothing to score. */
  public AgendaFigures getFigures() {
    return figures;
  }

  public boolean isFiguresAsked() {
    return figuresAsked;
  }

  /** The caller sees no role yet: the page offers first steps instead of items. */
  public boolean isStarting() {
    return items.firstSteps() != null;
  }
}
