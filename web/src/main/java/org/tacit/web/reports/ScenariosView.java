package org.tacit.web.reports;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBException;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.List;
import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;
import org.primefaces.PrimeFaces;
import org.tacit.application.NotFoundException;
import org.tacit.application.StaleEditException;
import org.tacit.application.access.NotPermittedException;
import org.tacit.application.reports.SubstitutionReports;
import org.tacit.application.scenarios.RealWorkComparison;
import org.tacit.application.scenarios.ScenarioService;
import org.tacit.application.scenarios.ScenarioSummary;
import org.tacit.web.security.CurrentUser;
import org.tacit.web.security.PortalRole;
import org.tacit.web.shell.Growl;
import org.tacit.web.shell.Refusals;

/**
 * The scenarios page: everyone who reads reports sees every scenario and its values; strategy
 * analysts and administrators create one (from the defaults), copy, edit and delete them. The
 * service refuses changes from anyone else, whatever a postback claims.
 */
@Named
@ViewScoped
public class ScenariosView implements Serializable {

  private static final long serialVersionUID = 1L;

  @EJB ScenarioService service;
  @EJB SubstitutionReports reports;
  @Inject CurrentUser user;

  private List<ScenarioSummary> scenarios = List.of();
  private ScenarioSummary defaults;
  private ScenarioForm form;
  private String problem;
  private ScenarioSummary copyOf;
  private String copyName;
  private List<RealWorkComparison> realWork = List.of();

  @PostConstruct
  void load() {
    scenarios = service.scenarios();
    defaults = service.defaults();
    realWork = reports.realWorkChecks();
  }

  /** A new scenario starts from the defaults (the Base preset from this year). */
  public void startNew() {
    problem = null;
    form = new ScenarioForm(null, defaults.values().named(""), defaults.values());
  }

  public void startEdit(ScenarioSummary scenario) {
    problem = null;
    form = new ScenarioForm(scenario.id(), scenario.values(), defaults.values());
  }

  public void cancel() {
    form = null;
    problem = null;
  }

  /**
   * Saves and shows the scenario's figures on the Reports page; a refusal stays beside the form
   * with the input.
   */
  public void save() throws IOException {
    problem = null;
    try {
      ScenarioSummary saved =
          form.isCreating()
              ? service.create(form.values())
              : service.save(form.getScenarioId(), form.values());
      Faces.getFlash().setKeepMessages(true);
      Growl.flashInfo("scenarios.saved", saved.name());
      Faces.redirect("app/reports/?scenario=%s", String.valueOf(saved.id()));
    } catch (StaleEditException e) {
      load();
      scenarios.stream()
          .filter(s -> s.id() == form.getScenarioId())
          .findFirst()
          .ifPresentOrElse(
              stored -> form.seen(stored.rowVersion()),
              () -> form = new ScenarioForm(null, form.values(), defaults.values()));
      problem =
          Growl.text(
              form.isCreating() ? "scenarios.staleNew" : "scenarios.stale", Refusals.said(e));
    } catch (NotPermittedException | IllegalArgumentException | EJBException e) {
      problem = Refusals.reason(e).orElseThrow(() -> e);
    }
  }

  public void startCopy(ScenarioSummary scenario) {
    copyOf = scenario;
    copyName = Growl.text("scenarios.copyOf", scenario.name());
  }

  public void copy() {
    if (attempt(
        () -> service.copy(copyOf.id(), copyName),
        Growl.text("scenarios.copied", copyOf.name(), copyName))) {
      PrimeFaces.current().ajax().addCallbackParam("copied", true);
    }
  }

  public void delete(ScenarioSummary scenario) {
    attempt(
        () -> service.delete(scenario.id(), scenario.rowVersion()),
        Growl.text("scenarios.deleted", scenario.name()));
  }

  private boolean attempt(Runnable change, String done) {
    try {
      change.run();
      load();
      Messages.addGlobalInfo(done);
      return true;
    } catch (StaleEditException e) {
      load();
      Growl.warn("scenarios.staleTable", Refusals.said(e));
    } catch (NotPermittedException
        | NotFoundException
        | IllegalArgumentException
        | EJBException e) {
      Messages.addGlobalError(Refusals.reason(e).orElseThrow(() -> e));
    }
    return false;
  }

  /** Strategy analysts and administrators are offered the changes; everyone else reads. */
  public boolean isMayChange() {
    return user.hasRole(PortalRole.ANALYST) || user.hasRole(PortalRole.ADMIN);
  }

  /**
   * Each scenario's rule against the real work AI was measured doing, in the order of the
   * scenarios.
   */
  public List<RealWorkComparison> getRealWork() {
    return realWork;
  }

  public List<ScenarioSummary> getScenarios() {
    return scenarios;
  }

  public ScenarioSummary getDefaults() {
    return defaults;
  }

  public ScenarioForm getForm() {
    return form;
  }

  public String getProblem() {
    return problem;
  }

  public ScenarioSummary getCopyOf() {
    return copyOf;
  }

  public String getCopyName() {
    return copyName;
  }

  public void setCopyName(String copyName) {
    this.copyName = copyName;
  }
}
