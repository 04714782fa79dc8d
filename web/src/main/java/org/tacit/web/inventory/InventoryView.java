package org.tacit.web.inventory;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.List;
import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;
import org.primefaces.event.NodeSelectEvent;
import org.primefaces.model.TreeNode;
import org.tacit.application.access.NotPermittedException;
import org.tacit.application.inventory.ChangeEntry;
import org.tacit.application.inventory.DepartmentSummary;
import org.tacit.application.inventory.InventoryService;
import org.tacit.application.inventory.RoleSummary;
import org.tacit.web.shell.Refusals;

/** The Inventory page: the departments the user may read and the roles of the one chosen. */
@Named
@ViewScoped
public class InventoryView implements Serializable {

  private static final long serialVersionUID = 1L;
  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  @EJB InventoryService inventory;

  private List<DepartmentSummary> departments;
  private String department;
  private TreeNode<DepartmentSummary> tree;
  private TreeNode<DepartmentSummary> selectedNode;
  private List<RoleSummary> roles = List.of();
  private RoleSummary historyOf;
  private List<ChangeEntry> history = List.of();

  @PostConstruct
  void load() {
    departments = inventory.departments();
    String asked = Faces.getRequestParameter("department"); // from a link back, e.g. the role page
    if (department == null
        && asked != null
        && departments.stream().anyMatch(d -> d.code().equals(asked))) {
      department = asked;
    }
    if (department == null && !departments.isEmpty()) {
      department = departments.get(0).code();
    }
    tree = DepartmentTree.of(departments, department);
    showRoles();
  }

  /** A department chosen in the tree. */
  public void select(NodeSelectEvent event) {
    if (event.getTreeNode().getData() instanceof DepartmentSummary chosen) {
      department = chosen.code();
      showRoles();
    }
  }

  public TreeNode<DepartmentSummary> getTree() {
    return tree;
  }

  public TreeNode<DepartmentSummary> getSelectedNode() {
    return selectedNode;
  }

  public void setSelectedNode(TreeNode<DepartmentSummary> selectedNode) {
    this.selectedNode = selectedNode;
  }

  /** The chosen department's name, as the heading over its roles. */
  public String getDepartmentName() {
    return departments.stream()
        .filter(d -> d.code().equals(department))
        .map(DepartmentSummary::name)
        .findFirst()
        .orElse("");
  }

  public void showRoles() {
    try {
      roles = department == null ? List.of() : inventory.roles(department);
    } catch (NotPermittedException e) {
      roles = List.of();
      Messages.addGlobalWarn(Refusals.said(e));
    }
  }

  /** Opens the history of one role (the service checks the user may read it). */
  public void showHistory(RoleSummary role) {
    try {
      history = inventory.history(role.id());
      historyOf = role;
    } catch (NotPermittedException e) {
      history = List.of();
      Messages.addGlobalWarn(Refusals.said(e));
    }
  }

  public RoleSummary getHistoryOf() {
    return historyOf;
  }

  public List<ChangeEntry> getHistory() {
    return history;
  }

  /** After an import: departments and roles may have changed. */
  public void reload() {
    load();
  }

  /** After an import that changed {@code code}: the department is shown, new or not. */
  public void open(String code) {
    department = code;
    load();
  }

  /** A role whose task shares do not add up to 100 (±1) is flagged; unknown shares are not. */
  public boolean sharesOff(RoleSummary role) {
    return role.timeShareTotal() != null
        && role.timeShareTotal().subtract(HUNDRED).abs().compareTo(BigDecimal.ONE) > 0;
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

  public List<RoleSummary> getRoles() {
    return roles;
  }
}
