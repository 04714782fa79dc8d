package org.tacit.domain.model.inventory;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/** How roles and tasks read in their history: one line a person can compare, before and after. */
public final class Summaries {

  private Summaries() {}

  public static String of(Role role) {
    List<String> parts = new ArrayList<>(List.of(role.title()));
    role.code().ifPresent(code -> parts.add("code " + code));
    role.headcountFte().ifPresent(fte -> parts.add(plain(fte) + " FTE"));
    role.annualCostPerFte().ifPresent(cost -> parts.add(plain(cost) + " per FTE"));
    role.onetSoc().ifPresent(soc -> parts.add("O*NET " + soc));
    return String.join(" · ", parts);
  }

  public static String of(Task task) {
    List<String> parts = new ArrayList<>();
    parts.add(
        task.timeSharePct()
            .map(
                share ->
                    plain(share)
                        + " % of the time"
                        + (task.timeShareProvenance().orElseThrow() == Provenance.ESTIMATED
                            ? " (estimated)"
                            : ""))
            .orElse("time share not given"));
    for (TaskFact fact : TaskFact.values()) {
      task.facts()
          .value(fact)
          .ifPresent(
              value ->
                  parts.add(
                      fact.column()
                          + " "
                          + plain(value)
                          + (task.facts().provenance(fact).orElseThrow() == Provenance.ESTIMATED
                              ? " (estimated)"
                              : "")));
    }
    return String.join(" · ", parts);
  }

  private static String plain(BigDecimal number) {
    return number.stripTrailingZeros().toPlainString();
  }
}
