package org.tacit.web.inventory;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.primefaces.model.DefaultTreeNode;
import org.primefaces.model.TreeNode;
import org.tacit.application.inventory.DepartmentSummary;

/**
 * The departments the user may read as a tree, by parent. A department whose parent the user may
 * not read hangs at the top, so that scoping never hides a department the user may see.
 */
final class DepartmentTree {

  private DepartmentTree() {}

  static TreeNode<DepartmentSummary> of(List<DepartmentSummary> departments, String selected) {
    TreeNode<DepartmentSummary> root = new DefaultTreeNode<>("root", null, null);
    Map<String, TreeNode<DepartmentSummary>> nodes = new HashMap<>();
    departments.forEach(d -> nodes.put(d.code(), new DefaultTreeNode<>("department", d, null)));
    for (DepartmentSummary department : departments) {
      TreeNode<DepartmentSummary> node = nodes.get(department.code());
      TreeNode<DepartmentSummary> parent =
          department.parentCode() == null
              ? root
              : nodes.getOrDefault(department.parentCode(), root);
      parent.getChildren().add(node);
      node.setExpanded(true);
      node.setSelected(department.code().equals(selected));
    }
    return root;
  }
}
