package org.tacit.web.reports;

import java.util.Comparator;
import java.util.List;
import org.tacit.web.reports.ReportsView.LinkedRole;
import org.tacit.web.tables.SharedRowsModel;

/**
 * The roles linked to an O*NET occupation beside its published figures, a page at a time, in the
 * ranking's order unless a column is clicked; see {@link SharedRowsModel}.
 */
public final class LinkedRolesModel extends SharedRowsModel<LinkedRole> {

  private static final long serialVersionUID = 1L;

  private final ReportsView view;

  LinkedRolesModel(ReportsView view) {
    this.view = view;
  }

  @Override
  protected List<LinkedRole> rows() {
    return view.linkedRoles();
  }

  @Override
  protected Comparator<LinkedRole> order(String field) {
    return switch (field == null ? "" : field) {
      case TITLE -> byText(l -> l.role().profile().title());
      case "occupation" -> byText(l -> l.occupation().title());
      case "naive" -> by(l -> l.role().first().naiveExposure().share());
      case "realistic" -> by(l -> l.role().last().realisticSubstitution().share());
      case "occupationNaive" -> by(l -> l.occupation().naiveExposure());
      case "frey" -> by(l -> l.occupation().freyOsborneProbability());
      case "observed" -> by(l -> l.occupation().microsoftApplicability());
      default -> null;
    };
  }

  @Override
  protected String filtered(LinkedRole row, String field) {
    return TITLE.equals(field) ? row.role().profile().title() : null;
  }

  @Override
  protected long id(LinkedRole row) {
    return row.role().profile().roleId();
  }
}
