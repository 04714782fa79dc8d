package org.tacit.web.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;
import org.tacit.application.assessment.RunTaskQuery;
import org.tacit.application.assessment.RunTaskQuery.Order;

class RunTasksModelTest {

  private final RunTasksModel model = new RunTasksModel(null, 7, "FIN");

  @Test
  void theTablesSortAndFiltersBecomeTheQuestionToTheDatabase() {
    RunTaskQuery query =
        model.query(
            Map.of(
                "a",
                SortMeta.builder()
                    .field("automationReadiness")
                    .order(SortOrder.DESCENDING)
                    .build()),
            Map.of(
                "s", FilterMeta.builder().field("statement").filterValue("invoice").build(),
                "c", FilterMeta.builder().field("class").filterValue("MANUAL").build()));

    assertThat(query)
        .isEqualTo(new RunTaskQuery("FIN", "invoice", "MANUAL", Order.AUTOMATION_READINESS, true));
  }

  @Test
  void aColumnOutsideTheListSortsNothingAndTheRunKeepsItsOwnOrder() {
    RunTaskQuery query =
        model.query(
            Map.of(
                "x",
                SortMeta.builder()
                    .field("statement; drop table task")
                    .order(SortOrder.ASCENDING)
                    .build()),
            Map.of());

    assertThat(query).isEqualTo(RunTaskQuery.of("FIN"));
  }
}
