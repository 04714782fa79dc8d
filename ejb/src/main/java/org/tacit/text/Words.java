package org.tacit.text;

import com.ibm.icu.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.Objects;
import java.util.ResourceBundle;

/**
 * The message bundle in one reader's language. Sentences are ICU message patterns, so a count
 * chooses its plural form ({@code {0, plural, one {# role} other {# roles}}}) and numbers, currency
 * and dates follow the reader's locale. A language the bundle lacks falls back to English, never to
 * the server's own locale. Every sentence read through here is a pattern, even without arguments
 * (so {@code ''} is one apostrophe); a page that shows a key as it stands ({@code #{msg['key']}})
 * must use a sentence without braces or doubled apostrophes.
 */
public final class Words {

  /** The bundle's base name, as {@code faces-config.xml} names it for the pages. */
  public static final String BUNDLE = "org.tacit.text.messages";

  private static final ResourceBundle.Control ENGLISH_FALLBACK =
      ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

  private final Locale locale;
  private final ResourceBundle bundle;

  private Words(Locale locale) {
    this.locale = locale;
    this.bundle =
        ResourceBundle.getBundle(BUNDLE, locale, Words.class.getClassLoader(), ENGLISH_FALLBACK);
  }

  /** The bundle in {@code locale}'s language, English where it has none. */
  public static Words in(Locale locale) {
    return new Words(Objects.requireNonNull(locale));
  }

  public Locale locale() {
    return locale;
  }

  /** The sentence {@code key}, filled with {@code arguments} by the reader's locale. */
  public String text(String key, Object... arguments) {
    return new MessageFormat(bundle.getString(key), locale).format(arguments);
  }

  /**
   * The sentence {@code key}, or {@code otherwise} when the bundle has none (a name it does not
   * know yet).
   */
  public String textOr(String key, String otherwise, Object... arguments) {
    return has(key) ? text(key, arguments) : otherwise;
  }

  public boolean has(String key) {
    try {
      bundle.getString(key);
      return true;
    } catch (MissingResourceException e) {
      return false;
    }
  }
}
