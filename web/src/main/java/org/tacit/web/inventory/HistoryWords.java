package org.tacit.web.inventory;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.tacit.domain.model.inventory.TaskFact;
import org.tacit.text.Words;

/**
 * A role's history in the reader's language: {@code #{history.said(change.before())}}. The history
 * stores each change as the English line the service wrote then ("12 % of the time (estimated) ·
 * tacit_context 4"), without structure to word it again; the lines follow a small grammar, so each
 * part the grammar knows is said again from the bundle ({@code historyLine.*}) with the fact's name
 * as the answer grid gives it, and any other part (a role's title, a task's statement) stays as it
 * was written.
 */
@Named("history")
@ApplicationScoped
public class HistoryWords {

  private static final String SEPARATOR = " · ";
  private static final String ESTIMATED = " (estimated)";
  private static final String ESTIMATED_LIST = "estimated: ";
  private static final String NUMBER = "(\\d+(?:\\.\\d+)?)";
  private static final Pattern TIME_SHARE = Pattern.compile(NUMBER + " % of the time");
  private static final Pattern ANSWER = Pattern.compile("([a-z]+(?:_[a-z]+)*) " + NUMBER);
  private static final Pattern CODE = Pattern.compile("code (\\S+)");
  private static final Pattern FTE = Pattern.compile(NUMBER + " FTE");
  private static final Pattern COST = Pattern.compile(NUMBER + " per FTE");
  private static final Pattern CONFIRMED_ALL =
      Pattern.compile("(\\d+) estimated answers in (\\d+) of (\\d+) tasks");

  public String said(String stored) {
    return said(stored, locale());
  }

  static String said(String stored, Locale locale) {
    if (stored == null || stored.isEmpty()) {
      return stored;
    }
    Words words = Words.in(locale);
    if (stored.startsWith(ESTIMATED_LIST)) {
      return words.text(
          "historyLine.estimatedList", said(stored.substring(ESTIMATED_LIST.length()), locale));
    }
    List<String> parts = new ArrayList<>();
    for (String part : stored.split(Pattern.quote(SEPARATOR), -1)) {
      parts.add(part(part, words).orElse(part));
    }
    return String.join(SEPARATOR, parts);
  }

  private static Optional<String> part(String part, Words words) {
    boolean estimated = part.endsWith(ESTIMATED);
    String bare = estimated ? part.substring(0, part.length() - ESTIMATED.length()) : part;
    String mark = estimated ? "yes" : "no";
    Matcher m;
    if ((m = TIME_SHARE.matcher(bare)).matches()) {
      return Optional.of(words.text("historyLine.timeShare", number(m.group(1)), mark));
    }
    if ((m = ANSWER.matcher(bare)).matches() && TaskFact.ofColumn(m.group(1)).isPresent()) {
      String fact = words.textOr("fact." + m.group(1), m.group(1));
      return Optional.of(words.text("historyLine.answer", fact, number(m.group(2)), mark));
    }
    if (estimated) {
      return Optional.empty();
    }
    return switch (part) {
      case "time share not given" -> Optional.of(words.text("historyLine.noTimeShare"));
      case "confirmed as they were" -> Optional.of(words.text("historyLine.confirmedAsTheyWere"));
      case "every estimate of the role" -> Optional.of(words.text("historyLine.everyEstimate"));
      case "role" -> Optional.of(words.text("historyLine.role"));
      default -> other(part, words);
    };
  }

  private static Optional<String> other(String part, Words words) {
    Matcher m;
    if ((m = CODE.matcher(part)).matches()) {
      return Optional.of(words.text("historyLine.code", m.group(1)));
    }
    if ((m = FTE.matcher(part)).matches()) {
      return Optional.of(words.text("historyLine.fte", number(m.group(1))));
    }
    if ((m = COST.matcher(part)).matches()) {
      return Optional.of(words.text("historyLine.costPerFte", number(m.group(1))));
    }
    if ((m = CONFIRMED_ALL.matcher(part)).matches()) {
      return Optional.of(
          words.text(
              "historyLine.confirmedAll",
              Integer.parseInt(m.group(1)),
              Integer.parseInt(m.group(2)),
              Integer.parseInt(m.group(3))));
    }
    return Optional.empty();
  }

  private static BigDecimal number(String stored) {
    return new BigDecimal(stored);
  }

  private static Locale locale() {
    FacesContext faces = FacesContext.getCurrentInstance();
    return faces == null || faces.getViewRoot() == null
        ? Locale.ENGLISH
        : faces.getViewRoot().getLocale();
  }
}
