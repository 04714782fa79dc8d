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

  public List<MethodText.Part> getParts() {
    return text.parts();
  }

  public List<MethodText.Part> getContents() {
    return text.contents();
  }

  public String getLiveRulesAnchor() {
    return LIVE_RULES_ANCHOR;
  }
}
