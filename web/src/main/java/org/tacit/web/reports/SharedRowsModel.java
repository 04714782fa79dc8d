package org.tacit.web.reports;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;

/**
 * A table over rows the server computed once and shares with every reader (the figures of a
 * thousand roles): each request filters them by title, sorts them by the clicked column and cuts
 * out the page, so that the view keeps the 25 rows it shows and no copy of the thousand. The
 * columns' {@code field} names pick the order from the subclass's fixed list.
 *
 * @param <T> a row
 */
abstract class SharedRowsModel<T> extends LazyDataModel<T> {

  private static final long serialVersionUID = 1L;

  /** The column that filters: a title that contains the typed text, whatever the case. */
  static final String TITLE = "title";

  /** Every row, in the table's own order, as the server holds them in this request. */
  protected abstract List<T> rows();

  /** What sorting by the column {@code field} means, smallest first; null for none. */
  protected abstract Comparator<T> order(String field);

  /** The text the title filter looks in. */
  protected abstract String title(T row);

  /** The row's key, for its expansion. */
  protected abstract long id(T row);

  @Override
  public int count(Map<String, FilterMeta> filters) {
    return filtered(filters).size();
  }

  @Override
  public List<T> load(
      int first, int pageSize, Map<String, SortMeta> sort, Map<String, FilterMeta> filters) {
    List<T> rows = filtered(filters);
    setRowCount(rows.size());
    sort.values().stream()
        .filter(s -> s.getOrder() != SortOrder.UNSORTED && order(s.getField()) != null)
        .findFirst()
        .ifPresent(
            s -> {
              Comparator<T> order = order(s.getField());
              rows.sort(s.getOrder() == SortOrder.DESCENDING ? order.reversed() : order);
            });
    int from = Math.min(Math.max(0, first), rows.size());
    return List.copyOf(rows.subList(from, Math.min(rows.size(), from + pageSize)));
  }

  /** The rows the title filter keeps, as a list of the caller's own to sort. */
  private List<T> filtered(Map<String, FilterMeta> filters) {
    String text =
        filters.values().stream()
            .filter(f -> TITLE.equals(f.getField()) && f.getFilterValue() != null)
            .map(f -> f.getFilterValue().toString().strip().toLowerCase(Locale.ROOT))
            .findFirst()
            .orElse("");
    List<T> kept = new ArrayList<>();
    for (T row : rows()) {
      if (text.isEmpty() || title(row).toLowerCase(Locale.ROOT).contains(text)) {
        kept.add(row);
      }
    }
    return kept;
  }

  @Override
  public String getRowKey(T row) {
    return Long.toString(id(row));
  }

  @Override
  public T getRowData(String rowKey) {
    return rows().stream()
        .filter(row -> Long.toString(id(row)).equals(rowKey))
        .findFirst()
        .orElse(null);
  }

  /** Smallest first by a figure; a figure not known counts as the smallest. */
  static <T> Comparator<T> by(Function<T, Double> figure) {
    return Comparator.comparing(figure, Comparator.nullsFirst(Comparator.naturalOrder()));
  }

  /** Alphabetically by a text, whatever the case. */
  static <T> Comparator<T> byText(Function<T, String> text) {
    return Comparator.comparing(text, Comparator.nullsFirst(String.CASE_INSENSITIVE_ORDER));
  }
}
