package org.tacit.web.assessment;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBException;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;
import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;
import org.tacit.application.NotFoundException;
import org.tacit.application.StaleEditException;
import org.tacit.application.access.NotPermittedException;
import org.tacit.application.assessment.DraftPreview;
import org.tacit.application.assessment.RuleSetSummary;
import org.tacit.application.assessment.RuleSets;
import org.tacit.web.security.CurrentUser;
import org.tacit.web.security.PortalRole;
import org.tacit.web.shell.Growl;
import org.tacit.web.shell.Refusals;

/**
 * The rule sets page: everyone in the Assessment area reads the published version and the earlier
 * ones ({@code rules.xhtml?version=…}); administrators draft the next version, preview what it
 * would do to the organisation, and publish or discard it. The service refuses draft calls from
 * anyone else, whatever a postback claims.
 */
@Named
@ViewScoped
public class RuleSetsView implements Serializable {

  private static final long serialVersionUID = 1L;

  @EJB RuleSets ruleSets;
  @Inject CurrentUser user;

  private Integer requestedVersion;
  private RuleSetSummary published;
  private RuleSetSummary shown;
  private List<RuleSetSummary> versions = List.of();
  private RuleSetSummary draft;
  private DraftForm form;
  private DraftPreview preview;
  private TransitionMatrix previewMatrix;

  @PostConstruct
  void init() {
    requestedVersion = number(Faces.getRequestParameter("version"));
    form =
        new DraftForm(
            ruleSets.published().rules()); // the catalogue: every version lists every rule
    load();
  }

  /** Reads the versions again; the draft editor shows the stored draft. */
  private void load() {
    published = ruleSets.published();
    versions = ruleSets.versions();
    draft = versions.stream().filter(RuleSetSummary::draft).findFirst().orElse(null);
    shown =
        versions.stream()
            .filter(v -> requestedVersion != null && v.version() == requestedVersion)
            .findFirst()
            .orElse(published);
    if (draft != null) {
      form.fill(draft);
    }
  }

  /**
   * A version in the address that is not a number shows the published one, as an unknown number
   * does.
   */
  private static Integer number(String text) {
    try {
      return text == null ? null : Integer.valueOf(text.strip());
    } catch (NumberFormatException e) {
      return null;
    }
  }

  public void startDraft() {
    attempt(
        () -> ruleSets.startDraft(),
        started ->
            Growl.text(
                "rules.draftStarted",
                String.valueOf(started.version()),
                String.valueOf(published.version())));
  }

  public void save() {
    attempt(() -> ruleSets.saveDraft(form.edit()), saved -> Growl.text("rules.saved"));
  }

  /** Saves what the editor shows, then scores the organisation with both versions. */
  public void preview() {
    if (attempt(() -> ruleSets.saveDraft(form.edit()), saved -> Growl.text("rules.savedPreview"))) {
      try {
        preview = ruleSets.previewDraft();
        previewMatrix = new TransitionMatrix(preview.transitions());
      } catch (NotPermittedException | EJBException | NotFoundException e) {
        Messages.addGlobalError(Refusals.reason(e).orElseThrow(() -> e));
      }
    }
  }

  public void publish() {
    if (attempt(
        () -> ruleSets.publishDraft(ruleSets.saveDraft(form.edit()).rowVersion()),
        done -> Growl.text("rules.published", String.valueOf(done.version())))) {
      requestedVersion = null;
      load();
    }
  }

  public void discard() {
    attempt(
        () -> {
          ruleSets.discardDraft(form.rowVersion());
          return published;
        },
        unchanged -> Growl.text("rules.discarded", String.valueOf(unchanged.version())));
  }

  /**
   * Every change ends with the versions read again; a refused number keeps what the admin typed, so
   * it can be corrected.
   */
  private boolean attempt(Supplier<RuleSetSummary> change, Function<RuleSetSummary, String> done) {
    preview = null;
    previewMatrix = null;
    try {
      RuleSetSummary result = change.get();
      load();
      Messages.addGlobalInfo(done.apply(result));
      return true;
    } catch (StaleEditException e) {
      load();
      Growl.warn("rules.stale", Refusals.said(e));
    } catch (NotPermittedException | IllegalArgumentException | EJBException e) {
      Messages.addGlobalError(Refusals.reason(e).orElseThrow(() -> e));
    }
    return false;
  }

  public boolean isAdmin() {
    return user.hasRole(PortalRole.ADMIN);
  }

  public RuleSetSummary getPublished() {
    return published;
  }

  public RuleSetSummary getShown() {
    return shown;
  }

  public List<RuleSetSummary> getVersions() {
    return versions;
  }

  public RuleSetSummary getDraft() {
    return draft;
  }

  public DraftForm getForm() {
    return form;
  }

  public DraftPreview getPreview() {
    return preview;
  }

  public TransitionMatrix getPreviewMatrix() {
    return previewMatrix;
  }
}
