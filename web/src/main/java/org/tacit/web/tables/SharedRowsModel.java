package org.tacit.web.tables;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
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
 * thousand roles, the scores of a department's five thousand tasks): each request filters them,
 * sorts them by the clicked column and cuts out the page, so that the view keeps the 25 rows it
 * shows and no copy of the thousands. The columns' {@code field} names pick the filter and the
 * order from the subclass's fixed lists; nothing the browser sends becomes code.
 *
 * @param <T> a row
 */
public abstract class SharedRowsModel<T> extends LazyDataModel<T> {

  private static final long serialVersionUID = 1L;

  /** The column of a row's title, which filters by the text it contains. */
  protected static final String TITLE = "title";

  /** Every row, in the table's own order, as the server holds them in this request. */
  protected abstract List<T> rows();

  /** What sorting by the column {@code field} means, smallest first; null for none. */
  protected abstract Comparator<T> order(String field);

  /**
   * The text a filter of the column {@code field} looks in; null for a column that filters nothing.
   * The filter keeps the rows whose text contains what was typed, whatever the case.
   */
  protected abstract String filtered(T row, String field);

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

  /** The rows every column's filter keeps, as a list of the caller's own to sort. */
  private List<T> filtered(Map<String, FilterMeta> filters) {
    Map<String, String> typed = new HashMap<>();
    for (FilterMeta filter : filters.values()) {
      Object value = filter.getFilterValue();
      String text = value == null ? "" : value.toString().strip().toLowerCase(Locale.ROOT);
      if (!text.isEmpty() && filter.getField() != null) {
        typed.put(filter.getField(), text);
      }
    }
    List<T> kept = new ArrayList<>();
    for (T row : rows()) {
      if (typed.entrySet().stream().allMatch(f -> keeps(row, f.getKey(), f.getValue()))) {
        kept.add(row);
      }
    }
    return kept;
  }

  private boolean keeps(T row, String field, String text) {
    String in = filtered(row, field);
    return in != null && in.toLowerCase(Locale.ROOT).contains(text);
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
  protected static <T> Comparator<T> by(Function<T, Double> figure) {
    return Comparator.comparing(figure, Comparator.nullsFirst(Comparator.naturalOrder()));
  }

  /** Alphabetically by a text, whatever the case. */
  protected static <T> Comparator<T> byText(Function<T, String> text) {
    return Comparator.comparing(text, Comparator.nullsFirst(String.CASE_INSENSITIVE_ORDER));
  }
}
