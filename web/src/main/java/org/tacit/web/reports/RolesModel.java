package org.tacit.web.reports;

import java.util.Comparator;
import java.util.List;
import org.tacit.web.reports.ReportsView.RankedRole;
import org.tacit.web.tables.SharedRowsModel;

/**
 * The roles ranked on the Reports page, a page at a time, most substituted first unless a column is
 * clicked; see {@link SharedRowsModel}.
 */
public final class RolesModel extends SharedRowsModel<RankedRole> {

  private static final long serialVersionUID = 1L;

  private final ReportsView view;

  RolesModel(ReportsView view) {
    this.view = view;
  }

  @Override
  protected List<RankedRole> rows() {
    return view.rankedRoles();
  }

  @Override
  protected Comparator<RankedRole> order(String field) {
    return switch (field == null ? "" : field) {
      case TITLE -> byText(r -> r.profile().title());
      case "fte" -> by(r -> r.profile().fte());
      case "naive" -> by(r -> r.first().naiveExposure().share());
      case "technical" -> by(r -> r.first().technicallySubstitutable().share());
      case "realistic" -> by(r -> r.last().realisticSubstitution().share());
      case "fteLast" -> by(r -> r.last().realisticSubstitution().fte());
      default -> null;
    };
  }

  @Override
  protected String filtered(RankedRole row, String field) {
    return TITLE.equals(field) ? row.profile().title() : null;
  }

  @Override
  protected long id(RankedRole row) {
    return row.profile().roleId();
  }
}
