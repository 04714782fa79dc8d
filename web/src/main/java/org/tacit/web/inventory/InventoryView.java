package org.tacit.web.inventory;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import java.util.List;
import org.omnifaces.util.Messages;
import org.tacit.application.ChangeView;
import org.tacit.application.DepartmentView;
import org.tacit.application.InventoryService;
import org.tacit.application.NotPermittedException;
import org.tacit.application.RoleView;

/** The Inventory page: the departments the user may read and the roles of the one chosen. */
@Named
@ViewScoped
public class InventoryView implements Serializable {

  private static final long serialVersionUID = 1L;
  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
  private static final DateTimeFormatter WHEN =
      DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT).withZone(ZoneOffset.UTC);

  @EJB InventoryService inventory;

  private List<DepartmentView> departments;
  private String department;
  private List<RoleView> roles = List.of();
  private RoleView historyOf;
  private List<ChangeView> history = List.of();

  @PostConstruct
  void load() {
    departments = inventory.departments();
    if (department == null && !departments.isEmpty()) {
      department = departments.get(0).code();
    }
    showRoles();
  }

  public void showRoles() {
    try {
      roles = department == null ? List.of() : inventory.roles(department);
    } catch (NotPermittedException e) {
      roles = List.of();
      Messages.addGlobalWarn(e.getMessage());
    }
  }

  /** Opens the history of one role (the service checks the user may read it). */
  public void showHistory(RoleView role) {
    try {
      history = inventory.history(role.id());
      historyOf = role;
    } catch (NotPermittedException e) {
      history = List.of();
      Messages.addGlobalWarn(e.getMessage());
    }
  }

  /** When a change happened, in the user's locale; in UTC until users can choose a time zone. */
  public String when(ChangeView change) {
    Locale locale = FacesContext.getCurrentInstance().getViewRoot().getLocale();
    return WHEN.withLocale(locale).format(change.at());
  }

  public RoleView getHistoryOf() {
    return historyOf;
  }

  public List<ChangeView> getHistory() {
    return history;
  }

  /** After an import: departments and roles may have changed. */
  public void reload() {
    load();
  }

  /** A role whose task shares do not add up to 100 (±1) is flagged; unknown shares are not. */
  public boolean sharesOff(RoleView role) {
    return role.timeShareTotal() != null
        && role.timeShareTotal().subtract(HUNDRED).abs().compareTo(BigDecimal.ONE) > 0;
  }

  public List<DepartmentView> getDepartments() {
    return departments;
  }

  public String getDepartment() {
    return department;
  }

  public void setDepartment(String department) {
    this.department = department;
  }

  public List<RoleView> getRoles() {
    return roles;
  }
}
