package org.tacit.web.shell;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.text.NumberFormat;
import java.util.Currency;
import java.util.Locale;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.tacit.text.Sentence;
import org.tacit.text.Words;

/**
 * Sentences with numbers for pages, in the reader's language: {@code
 * #{words.text('inventory.roleCount', n)}} chooses the plural form; {@code #{msg['key']}} stays the
 * way to show a sentence without arguments. Amounts carry the organisation's currency ({@code
 * tacit.currency}, EUR unless configured: the inventory stores annual cost as a bare number),
 * written as the reader's locale writes money.
 */
@Named("words")
@RequestScoped
public class PageWords {

  @Inject
  @ConfigProperty(name = "tacit.currency", defaultValue = "EUR")
  String currency;

  public String text(String key) {
    return words().text(key);
  }

  public String text(String key, Object first) {
    return words().text(key, first);
  }

  public String text(String key, Object first, Object second) {
    return words().text(key, first, second);
  }

  public String text(String key, Object first, Object second, Object third) {
    return words().text(key, first, second, third);
  }

  public String text(String key, Object first, Object second, Object third, Object fourth) {
    return words().text(key, first, second, third, fourth);
  }

  /** A sentence a service handed on (a change, a refusal), in the reader's language. */
  public String said(Sentence sentence) {
    return sentence == null ? "" : sentence.in(words());
  }

  /** The organisation's currency, e.g. EUR, as a label beside an amount being typed. */
  public String getCurrency() {
    return currency;
  }

  /** An amount of money in whole units, e.g. "€ 84,000" or "84.000 €". */
  public String money(Number amount) {
    return amount == null ? "" : money(amount, locale(), currency);
  }

  public static String money(Number amount, Locale locale, String currencyCode) {
    NumberFormat format = NumberFormat.getCurrencyInstance(locale);
    format.setCurrency(Currency.getInstance(currencyCode));
    format.setMaximumFractionDigits(0);
    format.setMinimumFractionDigits(0);
    return format.format(amount);
  }

  private Words words() {
    return Words.in(locale());
  }

  private static Locale locale() {
    FacesContext faces = FacesContext.getCurrentInstance();
    return faces == null || faces.getViewRoot() == null
        ? Locale.ENGLISH
        : faces.getViewRoot().getLocale();
  }
}
