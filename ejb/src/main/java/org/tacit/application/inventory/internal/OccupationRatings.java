package org.tacit.application.inventory.internal;

import java.util.HashMap;
import java.util.Map;
import org.tacit.domain.model.inventory.TaskStatement;
import org.tacit.domain.model.library.TaskRating;
import org.tacit.infrastructure.persistence.OccupationRepository;

/**
 * O*NET's frequency and importance ratings of an occupation's tasks, by statement, for the time
 * shares of a role whose file gives none. Read once per occupation per import.
 */
final class OccupationRatings {

  /** No library at hand (tests, benchmarks): every role without shares gets equal ones. */
  static final OccupationRatings NONE = new OccupationRatings(null);

  private final OccupationRepository library;
  private final Map<String, Map<String, TaskRating>> read = new HashMap<>();

  OccupationRatings(OccupationRepository library) {
    this.library = library;
  }

  /** The ratings of an occupation's tasks by statement key; empty for an unknown or absent code. */
  Map<String, TaskRating> of(String onetSoc) {
    if (library == null || onetSoc == null) {
      return Map.of();
    }
    return read.computeIfAbsent(
        onetSoc,
        code -> {
          Map<String, TaskRating> ratings = new HashMap<>();
          library
              .occupation(code)
              .ifPresent(
                  occupation ->
                      library
                          .tasks(occupation)
                          .forEach(
                              task ->
                                  ratings.put(TaskStatement.key(task.statement()), task.rating())));
          return ratings;
        });
  }
}
