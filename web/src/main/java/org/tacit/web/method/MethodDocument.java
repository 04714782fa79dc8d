package org.tacit.web.method;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * docs/method.md as the build copied it into the WAR, rendered once per start: the page and the
 * document cannot disagree, and no request pays for the Markdown.
 */
@Named
@ApplicationScoped
public class MethodDocument {

  /** Where the build puts the document (web/pom.xml, the resource with this target path). */
  static final String RESOURCE = "/org/tacit/web/method/method.md";

  /**
   * The heading beside which the page shows the rule set in use; a unit test holds the document to
   * it.
   */
  public static final String LIVE_RULES_ANCHOR = "weights-and-thresholds-of-version-1";

  private MethodText text;

  @PostConstruct
  void render() {
    text = MethodText.render(read());
  }

  static String read() {
    try (InputStream in = MethodDocument.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("The WAR was built without " + RESOURCE);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The parts before the weights' heading: the page shows them, then the live rule set. */
  public List<MethodText.Part> getOpening() {
    return text.parts().subList(0, liveRulesIndex());
  }

  /** The weights' heading and text, shown around the rule set in use; empty if none. */
  public List<MethodText.Part> getLiveRulesPart() {
    int at = liveRulesIndex();
    return text.parts().subList(at, Math.min(at + 1, text.parts().size()));
  }

  public List<MethodText.Part> getClosing() {
    return text.parts()
        .subList(Math.min(liveRulesIndex() + 1, text.parts().size()), text.parts().size());
  }

  /** Where the weights' heading is; past the end when the document has none. */
  private int liveRulesIndex() {
    List<MethodText.Part> parts = text.parts();
    for (int i = 0; i < parts.size(); i++) {
      if (parts.get(i).id().equals(LIVE_RULES_ANCHOR)) {
        return i;
      }
    }
    return parts.size();
  }

  public List<MethodText.Part> getContents() {
    return text.contents();
  }
}
