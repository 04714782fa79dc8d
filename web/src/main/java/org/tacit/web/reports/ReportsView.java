package org.tacit.web.reports;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBException;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.omnifaces.util.Faces;
import org.primefaces.PrimeFaces;
import org.tacit.application.assessment.Assessments;
import org.tacit.application.assessment.TaskScoreSummary;
import org.tacit.application.economy.EconomyBenchmark;
import org.tacit.application.economy.EconomyBenchmark.OccupationFigures;
import org.tacit.application.reports.Dashboard;
import org.tacit.application.reports.Dashboard.ClassHours;
import org.tacit.application.reports.Dashboard.RoleProfile;
import org.tacit.application.reports.EconomyComparison;
import org.tacit.application.reports.SubstitutionReport;
import org.tacit.application.reports.SubstitutionReport.Certainty;
import org.tacit.application.reports.SubstitutionReport.GroupFigures;
import org.tacit.application.reports.SubstitutionReport.OpenAnswer;
import org.tacit.application.reports.SubstitutionReport.PresetRange;
import org.tacit.application.reports.SubstitutionReports;
import org.tacit.application.scenarios.ScenarioSummary;
import org.tacit.application.scenarios.YearFigures;
import org.tacit.domain.model.assessment.AssessmentScope;
import org.tacit.text.Words;
import org.tacit.web.shell.Growl;
import org.tacit.web.shell.Refusals;

/**
 * The Reports page: under a chosen scenario, and for the organisation or one department, the three
 * figures now and at the end of the years covered, their course year by year beside every
 * scenario's realistic line, where the hours sit by task class, the roles ranked by realistic
 * substitution with their tasks and reasons, and the task facts behind each role. Figures come from
 * the answers as they stand and the rule set in use, computed once by the server for every reader;
 * the view keeps the reader's choices and asks for the figures in each request ({@link
 * RequestFigures}), and its large tables show a page of them at a time ({@link
 * org.tacit.web.tables.SharedRowsModel}).
 */
@Named
@ViewScoped
public class ReportsView implements Serializable {

  private static final long serialVersionUID = 1L;

  /** The answers that would change the figures most, as many as a reader acts on. */
  public static final int OPEN_ANSWERS = 10;

  /** Beyond this many rows a heatmap stops being read; the department filter narrows it. */
  public static final int HEATMAP_ROWS = 40;

  @EJB SubstitutionReports reports;
  @EJB Assessments assessments;
  @Inject RequestFigures now;

  // the reader's choices, and what is small; the figures come from RequestFigures on each request
  private List<ScenarioSummary> scenarios = List.of();
  private Long scenario;
  private String department;
  private String trendChart;
  private String classChart;
  private final Map<Long, Certainty> certainties = new HashMap<>();
  private final RolesModel roles = new RolesModel(this);
  private final LinkedRolesModel linked = new LinkedRolesModel(this);

  /** A role with its figures under the chosen scenario, for the ranking and the heatmap. */
  public record RankedRole(RoleProfile profile, GroupFigures figures) implements Serializable {

    public YearFigures first() {
      return figures.years().get(0);
    }

    public YearFigures last() {
      return figures.years().get(figures.years().size() - 1);
    }

    /**
     * Most substituted first: by the realistic share in the last year, then the FTE that frees,
     * then naive exposure, so roles nothing substitutes yet still rank by how exposed they are. A
     * role without hours has no shares and ranks last.
     */
    static final Comparator<RankedRole> MOST_SUBSTITUTED_FIRST =
        Comparator.comparingDouble(
                (RankedRole r) -> orLast(r.last().realisticSubstitution().share()))
            .reversed()
            .thenComparing(
                Comparator.comparingDouble(
                        (RankedRole r) -> orLast(r.last().realisticSubstitution().fte()))
                    .reversed())
            .thenComparing(
                Comparator.comparingDouble(
                        (RankedRole r) -> orLast(r.first().naiveExposure().share()))
                    .reversed())
            .thenComparing(r -> r.profile().title());

    private static double orLast(Double value) {
      return value == null ? -1 : value;
    }
  }

  /**
   * A role linked to an O*NET occupation, beside that occupation's figures and published scores.
   */
  public record LinkedRole(RankedRole role, OccupationFigures occupation) implements Serializable {}

  @PostConstruct
  void load() {
    Dashboard dashboard = now.dashboard();
    scenarios = dashboard.reports().stream().map(SubstitutionReport::scenario).toList();
    String asked = Faces.getRequestParameter("scenario");
    scenario =
        scenarios.stream()
            .filter(s -> String.valueOf(s.id()).equals(asked))
            .map(ScenarioSummary::id)
            .findFirst()
            .orElse(
                scenarios.stream()
                    .filter(s -> s.name().equals(SubstitutionReports.DEFAULT_SCENARIO))
                    .map(ScenarioSummary::id)
                    .findFirst()
                    .orElse(scenarios.isEmpty() ? null : scenarios.get(0).id()));
    String askedDepartment = Faces.getRequestParameter("department");
    department =
        dashboard.departments().stream()
            .map(ClassHours::code)
            .filter(c -> c.equals(askedDepartment))
            .findFirst()
            .orElse(null);
    show();
  }

  /** The scenario or department chosen in the menus: everything below them follows. */
  public void show() {
    List<YearFigures> figures = figures();
    List<ClassHours> classHours = classHours();
    trendChart = null;
    classChart = classHours.isEmpty() ? null : ClassHoursChart.of(classHours, Faces.getLocale());
    if (!figures.isEmpty()) {
      Map<String, List<YearFigures>> realistic = new LinkedHashMap<>();
      now.dashboard().reports().forEach(r -> realistic.put(r.scenario().name(), figuresOf(r)));
      SubstitutionReport report = getReport();
      trendChart =
          TrendChart.of(
              report.years(), realistic, report.scenario().name(), figures, Faces.getLocale());
    }
  }

  /** The chosen scenario's figures, of the departments the caller may read; null if none. */
  public SubstitutionReport getReport() {
    return now.once(
        new Chosen("report", scenario, null),
        () ->
            now.dashboard().reports().stream()
                .filter(r -> Objects.equals(r.scenario().id(), scenario))
                .findFirst()
                .orElse(null));
  }

  /** The organisation's or the chosen department's figures, year by year. */
  private List<YearFigures> figures() {
    SubstitutionReport report = getReport();
    return report == null ? List.of() : figuresOf(report);
  }

  /** Hours by class of the departments shown. */
  private List<ClassHours> classHours() {
    return now.dashboard().departments().stream()
        .filter(d -> department == null || d.code().equals(department))
        .toList();
  }

  /** What a figure of the page depends on, to make it once a request. */
  private record Chosen(String figure, Long scenario, String department) {}

  /**
   * How sure the headline is under the chosen scenario: asked for once the page shows, as it swings
   * every assumption over the whole organisation, and kept for the scenario.
   */
  public void loadCertainty() {
    if (scenario == null || certainties.containsKey(scenario)) {
      return;
    }
    try {
      certainties.put(scenario, reports.certainty(scenario));
    } catch (EJBException | IllegalArgumentException e) {
      Growl.warn(
          "reports.certaintyFailed", Refusals.reason(e).orElse(Growl.text("reports.seeLog")));
      // only now: re-rendering the messages on every load would wipe the message the page opened
      // with (such as "Saved" after a scenario is saved) within a moment of showing it
      PrimeFaces.current().ajax().update("messages");
    }
  }

  /** The chosen scenario's certainty, or null until {@link #loadCertainty} has it. */
  public Certainty getCertainty() {
    return scenario == null ? null : certainties.get(scenario);
  }

  /**
   * The headline's range across the presets for the organisation or the chosen department; null
   * until known.
   */
  public PresetRange getRange() {
    Certainty certainty = getCertainty();
    if (certainty == null) {
      return null;
    }
    return department == null
        ? certainty.organisation()
        : certainty.departments().stream()
            .filter(d -> department.equals(d.key()))
            .findFirst()
            .orElse(null);
  }

  /** The tornado of the headline's sensitivity, in the reader's locale; null until known. */
  public String sensitivityChart(Locale locale) {
    Certainty certainty = getCertainty();
    return certainty == null ? null : SensitivityChart.of(certainty.sensitivity(), locale);
  }

  /** What would change the figures of the organisation or the chosen department most. */
  public List<OpenAnswer> getOpenAnswers() {
    SubstitutionReport report = getReport();
    return report == null
        ? List.of()
        : report.openAnswers().stream()
            .filter(o -> department == null || o.departmentCode().equals(department))
            .limit(OPEN_ANSWERS)
            .toList();
  }

  /** What would change one role's figures, largest first. */
  public List<OpenAnswer> openAnswersOf(long roleId) {
    SubstitutionReport report = getReport();
    return report == null
        ? List.of()
        : report.openAnswers().stream().filter(o -> o.roleId() == roleId).toList();
  }

  /** The economy under the same scenario; kept by the server, so switching costs little. */
  public EconomyBenchmark getEconomy() {
    if (getReport() == null || figures().isEmpty()) {
      return null;
    }
    return now.once(
        new Chosen("economy", scenario, null),
        () -> {
          try {
            return reports.economy(scenario);
          } catch (EJBException | IllegalArgumentException e) {
            Growl.warn(
                "reports.economyFailed", Refusals.reason(e).orElse(Growl.text("reports.seeLog")));
            return null;
          }
        });
  }

  public List<EconomyComparison.Line> getAgainstEconomy() {
    EconomyBenchmark economy = getEconomy();
    if (economy == null || economy.economy().isEmpty()) {
      return List.of();
    }
    return now.once(
        new Chosen("againstEconomy", scenario, department),
        () -> EconomyComparison.of(figures(), classHours(), economy));
  }

  /** The ranked roles linked to an O*NET occupation, beside its figures, in ranking order. */
  List<LinkedRole> linkedRoles() {
    if (getAgainstEconomy().isEmpty()) {
      return List.of();
    }
    return now.once(
        new Chosen("linkedRoles", scenario, department),
        () -> {
          Map<String, OccupationFigures> occupations = new HashMap<>();
          getEconomy().occupations().forEach(o -> occupations.put(o.onetCode(), o));
          List<LinkedRole> linked = new ArrayList<>();
          for (RankedRole role : rankedRoles()) {
            OccupationFigures occupation =
                role.profile().onetSoc() == null ? null : occupations.get(role.profile().onetSoc());
            if (occupation != null) {
              linked.add(new LinkedRole(role, occupation));
            }
          }
          return linked;
        });
  }

  /** The organisation's figures, or the chosen department's. */
  private List<YearFigures> figuresOf(SubstitutionReport under) {
    if (department == null) {
      return under.organisation();
    }
    return under.departments().stream()
        .filter(d -> d.key().equals(department))
        .findFirst()
        .map(GroupFigures::years)
        .orElse(List.of());
  }

  /** The roles shown, most substituted first, as the server holds them in this request. */
  List<RankedRole> rankedRoles() {
    SubstitutionReport under = getReport();
    if (under == null) {
      return List.of();
    }
    return now.once(
        new Chosen("ranking", scenario, department),
        () -> {
          Map<String, GroupFigures> byRole = new HashMap<>();
          under.roles().forEach(r -> byRole.put(r.key(), r));
          List<RankedRole> ranked = new ArrayList<>();
          for (RoleProfile role : now.dashboard().roles()) {
            GroupFigures of = byRole.get(Long.toString(role.roleId()));
            if (of != null && (department == null || role.departmentCode().equals(department))) {
              ranked.add(new RankedRole(role, of));
            }
          }
          ranked.sort(RankedRole.MOST_SUBSTITUTED_FIRST);
          return ranked;
        });
  }

  /** The heatmap's rows: the roles ranked highest, as many as a page can show legibly. */
  public List<RankedRole> getHeatmapRoles() {
    List<RankedRole> ranking = rankedRoles();
    return ranking.subList(0, Math.min(HEATMAP_ROWS, ranking.size()));
  }

  /** How many roles are ranked (before the table's filter). */
  public int getRankedCount() {
    return rankedRoles().size();
  }

  /** A role's tasks with their scores and reasons, read when its row is opened. */
  public List<TaskScoreSummary> tasksOf(long roleId) {
    return now.once(
        new Chosen("tasks " + roleId, null, null),
        () -> {
          List<TaskScoreSummary> scores =
              new ArrayList<>(assessments.current(AssessmentScope.role(roleId)));
          scores.sort(
              Comparator.comparing(
                      (TaskScoreSummary t) ->
                          t.timeSharePct() == null ? 0 : t.timeSharePct().doubleValue())
                  .reversed());
          return scores;
        });
  }

  /** The first year covered. */
  public YearFigures getNow() {
    List<YearFigures> figures = figures();
    return figures.isEmpty() ? null : figures.get(0);
  }

  /** The last year covered. */
  public YearFigures getLater() {
    List<YearFigures> figures = figures();
    return figures.isEmpty() ? null : figures.get(figures.size() - 1);
  }

  /** A group's first and last year, for the tables. */
  public YearFigures first(GroupFigures group) {
    return group.years().get(0);
  }

  public YearFigures last(GroupFigures group) {
    return group.years().get(group.years().size() - 1);
  }

  /** The departments side by side: all the caller may read, or the chosen one. */
  public List<GroupFigures> getDepartments() {
    SubstitutionReport report = getReport();
    return report == null
        ? List.of()
        : report.departments().stream()
            .filter(d -> department == null || d.key().equals(department))
            .toList();
  }

  /** Every department the caller may read, for the filter. */
  public List<ClassHours> getDepartmentChoices() {
    return now.dashboard().departments();
  }

  /** What the figures are of: "the departments you may read" or a department's name. */
  public String getScopeName() {
    return now.dashboard().departments().stream()
        .filter(d -> d.code().equals(department))
        .map(ClassHours::name)
        .findFirst()
        .orElseGet(() -> ReportWords.text(Faces.getLocale(), "reports.scopeAll"));
  }

  /** The published national estimates in the reader's language (the service keeps them English). */
  public List<EconomyBenchmark.PublishedEstimate> getPublishedEstimates() {
    Words words = Words.in(Faces.getLocale());
    EconomyBenchmark economy = getEconomy();
    return economy == null
        ? List.of()
        : economy.publishedEstimates().stream().map(e -> e.in(words)).toList();
  }

  /** Why the economy lacks a figure, where it does; shown once under the comparison. */
  public String getEconomyNote() {
    return EconomyComparison.note(getAgainstEconomy());
  }

  /** The roles linked to an O*NET occupation, a page at a time. */
  public LinkedRolesModel getLinkedRoles() {
    return linked;
  }

  /**
   * Whether the page shows the figures of the data as it is; else those of a moment before, while
   * the server computes the current ones.
   */
  public boolean isCurrent() {
    return now.dashboard().freshness().current();
  }

  /**
   * Asked by the page every second while it shows older figures: once the server has the current
   * ones, the whole report shows them, with the scenario and department chosen.
   */
  public void showWhenCurrent() {
    if (isCurrent()) {
      certainties.clear();
      show();
      PrimeFaces.current().ajax().update("reports-form", "messages");
    }
  }

  public Dashboard getDashboard() {
    return now.dashboard();
  }

  public List<ScenarioSummary> getScenarios() {
    return scenarios;
  }

  public Long getScenario() {
    return scenario;
  }

  public void setScenario(Long scenario) {
    this.scenario = scenario;
  }

  public String getDepartment() {
    return department;
  }

  public void setDepartment(String department) {
    this.department = department == null || department.isBlank() ? null : department;
  }

  /** The roles ranked, a page at a time. */
  public RolesModel getRanking() {
    return roles;
  }

  public String getTrendChart() {
    return trendChart;
  }

  public String getClassChart() {
    return classChart;
  }
}
