package org.tacit.domain.model.library;

import java.util.List;

/** An O*NET release as read from its files, before it replaces the library. */
public record LibraryDraft(String release, List<OccupationDraft> occupations) {

  public LibraryDraft {
    occupations = List.copyOf(occupations);
  }

  public int taskCount() {
    return occupations.stream().mapToInt(o -> o.tasks().size()).sum();
  }

  /** Tasks with both a frequency and an importance rating. */
  public int ratedTaskCount() {
    return (int)
        occupations.stream()
            .flatMap(o -> o.tasks().stream())
            .filter(t -> t.rating().isComplete())
            .count();
  }
}
