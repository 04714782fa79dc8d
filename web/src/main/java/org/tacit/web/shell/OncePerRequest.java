package org.tacit.web.shell;

import java.util.HashMap;
import java.util.Map;
import java.util.function.Supplier;

/**
 * A request-scoped bean's figures, each made at most once a request: a page's getters are evaluated
 * many times while it renders, and what they show is asked of the server once and forgotten when
 * the request ends, so that a view keeps the reader's choices and no copy of the figures.
 */
public abstract class OncePerRequest {

  private final Map<Object, Object> made = new HashMap<>();

  /**
   * What {@code make} makes, made once a request for each {@code key} (a record of what it depends
   * on, such as the scenario and department).
   */
  @SuppressWarnings("unchecked")
  public <T> T once(Object key, Supplier<T> make) {
    if (!made.containsKey(key)) {
      made.put(key, make.get()); // not computeIfAbsent: make may itself ask for another figure
    }
    return (T) made.get(key);
  }
}
