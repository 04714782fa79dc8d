package org.tacit.web.admin;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBException;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.omnifaces.util.Messages;
import org.tacit.application.NotFoundException;
import org.tacit.application.access.NotPermittedException;
import org.tacit.application.scenarios.HorizonEntry;
import org.tacit.application.scenarios.HorizonEvidence;
import org.tacit.application.scenarios.HorizonRecord;
import org.tacit.web.reports.HorizonText;
import org.tacit.web.shell.Growl;
import org.tacit.web.shell.Refusals;

/**
 * The measured AI horizons on the Admin page: an administrator adds a measurement when one is
 * published (METR's, or anyone's with a date and a source) and removes one added by mistake. The
 * service checks every value and refuses anyone but an administrator, whatever a postback claims.
 */
@Named
@ViewScoped
public class HorizonPointsAdmin implements Serializable {

  private static final long serialVersionUID = 1L;

  @EJB HorizonEvidence evidence;

  private List<HorizonRecord> points = List.of();
  private String measured;
  private String model;
  private Double fiftyPercentHours;
  private Double eightyPercentHours;
  private String source;
  private boolean secondHand;

  @PostConstruct
  void load() {
    points = evidence.recorded();
  }

  public void add() {
    try {
      HorizonRecord added =
          evidence.add(
              new HorizonEntry(
                  month(), model, fiftyPercentHours, eightyPercentHours, source, secondHand));
      Growl.info(
          "admin.horizon.addedPoint", added.point().model(), added.point().measured().toString());
      measured = null;
      model = null;
      fiftyPercentHours = null;
      eightyPercentHours = null;
      source = null;
      secondHand = false;
      load();
    } catch (NotPermittedException | IllegalArgumentException | EJBException e) {
      Messages.addGlobalError(Refusals.reason(e).orElseThrow(() -> e));
    }
  }

  public void remove(HorizonRecord point) {
    try {
      evidence.remove(point.id());
      Growl.info(
          "admin.horizon.removedPoint", point.point().model(), point.point().measured().toString());
    } catch (NotPermittedException
        | NotFoundException
        | IllegalArgumentException
        | EJBException e) {
      Messages.addGlobalError(Refusals.reason(e).orElseThrow(() -> e));
    }
    load();
  }

  /**
   * The month as typed, "2026-02"; empty is for the service to refuse, a wrong form is refused
   * here.
   */
  private YearMonth month() {
    if (measured == null || measured.isBlank()) {
      return null;
    }
    try {
      return YearMonth.parse(measured.strip());
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException(
          "Give the month of the model's release as year and month, like 2026-02, not "
              + measured.strip()
              + ".");
    }
  }

  /**
   * "3.2 s", "36 min", "17.4 h", as on the Scenarios page; the table's title gives the hours as
   * stored.
   */
  public String hours(Double hours) {
    return hours == null
        ? ""
        : new HorizonText(FacesContext.getCurrentInstance().getViewRoot().getLocale()).hours(hours);
  }

  public List<HorizonRecord> getPoints() {
    return points;
  }

  public String getMeasured() {
    return measured;
  }

  public void setMeasured(String measured) {
    this.measured = measured;
  }

  public String getModel() {
    return model;
  }

  public void setModel(String model) {
    this.model = model;
  }

  public Double getFiftyPercentHours() {
    return fiftyPercentHours;
  }

  public void setFiftyPercentHours(Double fiftyPercentHours) {
    this.fiftyPercentHours = fiftyPercentHours;
  }

  public Double getEightyPercentHours() {
    return eightyPercentHours;
  }

  public void setEightyPercentHours(Double eightyPercentHours) {
    this.eightyPercentHours = eightyPercentHours;
  }

  public String getSource() {
    return source;
  }

  public void setSource(String source) {
    this.source = source;
  }

  public boolean isSecondHand() {
    return secondHand;
  }

  public void setSecondHand(boolean secondHand) {
    this.secondHand = secondHand;
  }
}
