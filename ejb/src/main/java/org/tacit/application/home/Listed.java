package org.tacit.application.home;

import java.io.Serializable;
import java.util.List;

/**
 * The first few items of a kind, as many as a reader acts on, and how many there are in all, so a
 * page can say "and 37 more" without holding them.
 */
public record Listed<T extends Serializable>(List<T> top, int total) implements Serializable {

  public Listed {
    top = List.copyOf(top);
    if (total < top.size()) {
      throw new IllegalArgumentException("total " + total + " below " + top.size() + " shown");
    }
  }

  /** The first {@code max} of {@code all}, which are in order already. */
  public static <T extends Serializable> Listed<T> first(List<T> all, int max) {
    return new Listed<>(all.subList(0, Math.min(max, all.size())), all.size());
  }

  public static <T extends Serializable> Listed<T> none() {
    return new Listed<>(List.of(), 0);
  }

  /** How many are left out. */
  public int more() {
    return total - top.size();
  }

  public boolean isEmpty() {
    return total == 0;
  }
}
