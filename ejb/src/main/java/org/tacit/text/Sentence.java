package org.tacit.text;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * A sentence of the bundle not yet put into a language: its key and what fills it. A service that
 * tells a reader something (a refusal, a stale edit) does not know who reads it, so it hands this
 * on; a page words it in the reader's language, a log or the API in English.
 *
 * @param arguments department codes, names, ids and counts, or sentences themselves: nothing that
 *     needs a language but a sentence
 */
public record Sentence(String key, List<Object> arguments) implements Serializable {

  public Sentence {
    Objects.requireNonNull(key, "key");
    arguments = Collections.unmodifiableList(new ArrayList<>(arguments)); // may hold a null
  }

  public static Sentence of(String key, Object... arguments) {
    return new Sentence(key, Arrays.asList(arguments));
  }

  /** In {@code words}' language; an argument that is a sentence itself is worded first. */
  public String in(Words words) {
    Object[] filled =
        arguments.stream().map(a -> a instanceof Sentence inner ? inner.in(words) : a).toArray();
    return words.text(key, filled);
  }

  /** As logs and the API say it. */
  public String inEnglish() {
    return in(Words.in(Locale.ENGLISH));
  }
}
