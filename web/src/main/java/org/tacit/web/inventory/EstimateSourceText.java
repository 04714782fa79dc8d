package org.tacit.web.inventory;

import java.util.Locale;
import org.tacit.application.inventory.Estimate;
import org.tacit.text.Words;

/**
 * Says where an estimate comes from, in the message bundle's words and the page's locale: the hover
 * text of a ≈ answer on the role page. A source the bundle has no words for yet (a fact estimated
 * in a new way) still names the O*NET occupation it comes from.
 */
final class EstimateSourceText {

  private static final String FALLBACK = "estimate.source.onet";

  private final Words words;

  EstimateSourceText(Locale locale) {
    this.words = Words.in(locale);
  }

  String of(Estimate estimate) {
    Object[] arguments = estimate.sourceArguments().toArray();
    String key = words.has(estimate.sourceKey()) ? estimate.sourceKey() : FALLBACK;
    return words.text(key, arguments);
  }
}
