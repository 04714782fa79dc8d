package org.tacit.web.shell;

import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;
import org.tacit.text.Sentence;
import org.tacit.text.Words;

/**
 * The page's toast messages, from the bundle in the reader's language: {@code Growl.info("key", n)}
 * rather than an English sentence built in a view bean. The sentence is finished here (ICU, plurals
 * and the reader's number formats); OmniFaces passes a message without parameters on as it is.
 */
public final class Growl {

  private Growl() {}

  public static void info(String key, Object... arguments) {
    Messages.addGlobalInfo(text(key, arguments));
  }

  public static void warn(String key, Object... arguments) {
    Messages.addGlobalWarn(text(key, arguments));
  }

  public static void error(String key, Object... arguments) {
    Messages.addGlobalError(text(key, arguments));
  }

  /** For the page the user is sent on to (a redirect after the action). */
  public static void flashInfo(String key, Object... arguments) {
    Messages.addFlashGlobalInfo(text(key, arguments));
  }

  /** A sentence a service handed on (a reason, a refusal), in the reader's language. */
  public static String said(Sentence sentence) {
    return sentence.in(Words.in(Faces.getLocale()));
  }

  /** The sentence {@code key} in the reader's language. */
  public static String text(String key, Object... arguments) {
    return Words.in(Faces.getLocale()).text(key, arguments);
  }
}
