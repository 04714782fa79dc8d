package org.tacit.web.inventory;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.primefaces.model.DefaultTreeNode;
import org.primefaces.model.TreeNode;
import org.tacit.application.inventory.DepartmentView;

/**
 * The departments the user may read as a tree, by parent. A department whose parent the user may
 * not read hangs at the top, so that scoping never hides a department the user may see.
 */
final class DepartmentTree {

  private DepartmentTree() {}

  static TreeNode<DepartmentView> of(List<DepartmentView> departments, String selected) {
    TreeNode<DepartmentView> root = new DefaultTreeNode<>("root", null, null);
    Map<String, TreeNode<DepartmentView>> nodes = new HashMap<>();
    departments.forEach(d -> nodes.put(d.code(), new DefaultTreeNode<>("department", d, null)));
    for (DepartmentView department : departments) {
      TreeNode<DepartmentView> node = nodes.get(department.code());
      TreeNode<DepartmentView> parent = department.parentCode() == null ? root : nodes.getOrDefault(department.parentCode(), root);
      parent.getChildren().add(node);
      node.setExpanded(true);
      node.setSelected(department.code().equals(selected));
    }
    return root;
  }
}
