package org.tacit.web.reports;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.YearMonth;
import java.util.List;
import org.tacit.application.scenarios.HorizonEvidence;
import org.tacit.application.scenarios.HorizonRecord;
import org.tacit.domain.scenario.HorizonTrend;

/**
 * The measured AI horizons on the Scenarios page: the points with their sources, the trend fitted
 * to them (over every point, and since 2023, when the pace quickened), and the chart of both.
 */
@Named
@ViewScoped
public class HorizonView implements Serializable {

  private static final long serialVersionUID = 1L;

  /** METR's "recent" trend starts here; their Time Horizon 1.1 reports both. */
  static final YearMonth RECENT = YearMonth.of(2023, 1);

  @EJB HorizonEvidence evidence;

  private List<HorizonRecord> points;
  private String fit;
  private String recentFit;
  private String chart;

  @PostConstruct
  void load() {
    HorizonText text = text();
    points = evidence.recorded();
    HorizonTrend trend = evidence.trend();
    fit = text.fit(trend);
    recentFit = text.recentFit(RECENT, evidence.trend(RECENT));
    chart = HorizonChart.of(points.stream().map(HorizonRecord::point).toList(), trend, text);
  }

  public String hours(Double hours) {
    return hours == null ? "" : text().hours(hours);
  }

  public String month(YearMonth month) {
    return text().month(month);
  }

  public String source(String source) {
    return HorizonText.withoutAddress(source);
  }

  /** The source's web address, or null when it has none: only http and https become links. */
  public String address(String source) {
    return HorizonText.address(source).orElse(null);
  }

  private static HorizonText text() {
    return new HorizonText(FacesContext.getCurrentInstance().getViewRoot().getLocale());
  }

  public List<HorizonRecord> getPoints() {
    return points;
  }

  public String getFit() {
    return fit;
  }

  public String getRecentFit() {
    return recentFit;
  }

  public String getChart() {
    return chart;
  }
}
