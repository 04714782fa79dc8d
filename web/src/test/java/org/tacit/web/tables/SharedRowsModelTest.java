package org.tacit.web.tables;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;

class SharedRowsModelTest {

  private record Role(long id, String title, Double share) {}

  /** A thousand roles the server keeps, in their own order (by id). */
  private static final List<Role> KEPT =
      java.util.stream.IntStream.rangeClosed(1, 1000)
          .mapToObj(i -> new Role(i, "Role " + i, i % 10 == 0 ? null : (i % 97) / 100.0))
          .toList();

  private final SharedRowsModel<Role> model =
      new SharedRowsModel<>() {
        @Override
        protected List<Role> rows() {
          return KEPT;
        }

        @Override
        protected Comparator<Role> order(String field) {
          return switch (field) {
            case TITLE -> byText(Role::title);
            case "share" -> by(Role::share);
            default -> null;
          };
        }

        @Override
        protected String filtered(Role row, String field) {
          return TITLE.equals(field) ? row.title() : null;
        }

        @Override
        protected long id(Role row) {
          return row.id();
        }
      };

  @Test
  void aPageIsCutFromTheKeptRowsInTheirOwnOrderAndCountsThemAll() {
    List<Role> page = model.load(25, 25, Map.of(), Map.of());

    assertThat(page).extracting(Role::id).startsWith(26L).hasSize(25);
    assertThat(model.getRowCount()).isEqualTo(1000);
    assertThat(KEPT).as("the shared rows stay as they were").extracting(Role::id).isSorted();
  }

  @Test
  void theTitleFilterKeepsRowsThatContainTheTextWhateverTheCase() {
    Map<String, FilterMeta> filter =
        Map.of("t", FilterMeta.builder().field("title").filterValue("ROLE 99").build());

    assertThat(model.count(filter)).isEqualTo(11); // 99 and 990–999
    assertThat(model.load(0, 25, Map.of(), filter))
        .extracting(Role::title)
        .contains("Role 99", "Role 995");
  }

  @Test
  void aClickedColumnSortsEveryRowBeforeThePageIsCutAndAMissingFigureCountsAsTheSmallest() {
    Map<String, SortMeta> down =
        Map.of("s", SortMeta.builder().field("share").order(SortOrder.DESCENDING).build());
    Map<String, SortMeta> up =
        Map.of("s", SortMeta.builder().field("share").order(SortOrder.ASCENDING).build());

    assertThat(model.load(0, 25, down, Map.of()))
        .extracting(Role::share)
        .startsWith(0.96)
        .isSortedAccordingTo(Comparator.reverseOrder());
    assertThat(model.load(0, 5, up, Map.of())).extracting(Role::share).containsOnlyNulls();
    assertThat(model.load(990, 25, down, Map.of())).extracting(Role::share).containsOnlyNulls();
  }

  @Test
  void aColumnWithoutAnOrderLeavesTheRowsInTheirOwnOrder() {
    Map<String, SortMeta> unknown =
        Map.of("x", SortMeta.builder().field("nothing").order(SortOrder.ASCENDING).build());

    assertThat(model.load(0, 3, unknown, Map.of()))
        .extracting(Role::id)
        .containsExactly(1L, 2L, 3L);
    assertThat(model.getRowData("3")).isEqualTo(KEPT.get(2));
  }
}
