package org.tacit.web.library;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBException;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.List;
import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;
import org.tacit.application.NotFoundException;
import org.tacit.application.access.NotPermittedException;
import org.tacit.application.inventory.DepartmentSummary;
import org.tacit.application.inventory.InventoryService;
import org.tacit.application.library.OccupationDetail;
import org.tacit.application.library.OccupationLibrary;
import org.tacit.web.shell.Growl;
import org.tacit.web.shell.Refusals;

/**
 * "New role from occupation": the dialog on the library page. The role starts with the occupation's
 * tasks, default time shares and O*NET estimates, all marked estimated, and opens on the role page
 * where HR confirms or corrects them.
 */
@Named
@ViewScoped
public class NewRoleView implements Serializable {

  private static final long serialVersionUID = 1L;

  @EJB OccupationLibrary library;
  @EJB InventoryService inventory;
  @Inject LibraryView page;

  private List<DepartmentSummary> departments;
  private String department;
  private String title;
  private BigDecimal headcountFte;
  private BigDecimal annualCostPerFte;
  private boolean coreTasksOnly = true;

  @PostConstruct
  void load() {
    departments = inventory.departments().stream().filter(DepartmentSummary::changeable).toList();
    if (!departments.isEmpty()) {
      department = departments.get(0).code();
    }
  }

  /** Called when the dialog opens: the title starts as the occupation's. */
  public void prepare() {
    OccupationDetail occupation = page.getOccupation();
    title = occupation == null ? null : occupation.title();
  }

  public void create() throws java.io.IOException {
    OccupationDetail occupation = page.getOccupation();
    if (occupation == null || department == null) {
      Growl.warn("library.chooseFirst");
      return;
    }
    try {
      long roleId =
          library.newRoleFromOccupation(
              department, occupation.code(), title, headcountFte, annualCostPerFte, coreTasksOnly);
      Faces.getFlash().setKeepMessages(true);
      Growl.flashInfo("library.created", occupation.code());
      Faces.redirect("app/inventory/role.xhtml?id=%s", String.valueOf(roleId));
    } catch (NotPermittedException
        | NotFoundException
        | IllegalArgumentException
        | EJBException e) {
      Messages.addGlobalError(Refusals.reason(e).orElseThrow(() -> e));
    }
  }

  /** Only editors and administrators with a department they may change are offered the dialog. */
  public boolean isOffered() {
    return !departments.isEmpty();
  }

  public List<DepartmentSummary> getDepartments() {
    return departments;
  }

  public String getDepartment() {
    return department;
  }

  public void setDepartment(String department) {
    this.department = department;
  }

  public String getTitle() {
    return title;
  }

  public void setTitle(String title) {
    this.title = title;
  }

  public BigDecimal getHeadcountFte() {
    return headcountFte;
  }

  public void setHeadcountFte(BigDecimal headcountFte) {
    this.headcountFte = headcountFte;
  }

  public BigDecimal getAnnualCostPerFte() {
    return annualCostPerFte;
  }

  public void setAnnualCostPerFte(BigDecimal annualCostPerFte) {
    this.annualCostPerFte = annualCostPerFte;
  }

  public boolean isCoreTasksOnly() {
    return coreTasksOnly;
  }

  public void setCoreTasksOnly(boolean coreTasksOnly) {
    this.coreTasksOnly = coreTasksOnly;
  }
}
