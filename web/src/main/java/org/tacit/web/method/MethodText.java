package org.tacit.web.method;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.ext.heading.anchor.HeadingAnchorExtension;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Heading;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.AttributeProvider;
import org.commonmark.renderer.html.HtmlRenderer;

/**
 * A Markdown document as the portal shows it: HTML with raw HTML escaped and unsafe link targets
 * dropped, cut into parts at every {@code ##} and {@code ###} heading so a page can put live
 * figures beside one of them, and the {@code ##} sections as a table of contents. Every heading
 * carries the id its text gives it ({@code ## How a score is computed} → {@code
 * how-a-score-is-computed}), so a link can name a section.
 */
public final class MethodText {

  /**
   * One heading and the text up to the next one.
   *
   * @param level 2 for a section, 3 for a subsection; 0 for what comes before the first heading
   * @param titleHtml the heading's inner HTML (escaped, may hold {@code <code>}), for the contents
   * @param headingHtml the heading element itself, with its id
   */
  public record Part(String id, int level, String titleHtml, String headingHtml, String bodyHtml) {}

  private static final Pattern HEADING =
      Pattern.compile("<h([23]) id=\"([^\"]*)\">(.*?)</h\\1>\\s*", Pattern.DOTALL);

  private static final Pattern FENCE = Pattern.compile(" {0,3}(```|~~~)");
  private static final Pattern INNER_ASTERISK =
      Pattern.compile("(?<=[\\p{L}\\p{N}])\\*(?=[\\p{L}\\p{N}])");

  private final List<Part> parts;

  private MethodText(List<Part> parts) {
    this.parts = List.copyOf(parts);
  }

  /** Renders {@code markdown}; its first-level title is left out, the page has its own. */
  public static MethodText render(String markdown) {
    var extensions = List.of(TablesExtension.create(), HeadingAnchorExtension.create());
    Node document =
        Parser.builder().extensions(extensions).build().parse(literalInnerAsterisks(markdown));
    document.accept(new PortalSafe());
    String html =
        HtmlRenderer.builder()
            .extensions(extensions)
            .escapeHtml(true)
            .sanitizeUrls(true)
            .attributeProviderFactory(context -> new ExternalLinks())
            .build()
            .render(document);
    return new MethodText(cut(html));
  }

  /**
   * An asterisk between two letters or digits is part of a name, as in O*NET: escaped, so that two
   * O*NETs in one paragraph do not italicise the text between them. Code spans and fenced blocks
   * keep theirs.
   */
  static String literalInnerAsterisks(String markdown) {
    StringBuilder out = new StringBuilder(markdown.length() + 64);
    boolean fenced = false;
    for (String line : markdown.split("\n", -1)) {
      if (FENCE.matcher(line).lookingAt()) {
        fenced = !fenced;
      }
      if (fenced || line.indexOf('*') < 0) {
        out.append(line);
      } else {
        String[] spans = line.split("`", -1);
        for (int i = 0; i < spans.length; i++) {
          out.append(i % 2 == 0 ? INNER_ASTERISK.matcher(spans[i]).replaceAll("\\\\*") : spans[i]);
          if (i < spans.length - 1) {
            out.append('`');
          }
        }
      }
      out.append('\n');
    }
    return out.substring(0, out.length() - 1);
  }

  private static List<Part> cut(String html) {
    List<Part> parts = new ArrayList<>();
    Matcher heading = HEADING.matcher(html);
    String id = "";
    int level = 0;
    String title = "";
    String headingHtml = "";
    int bodyStart = 0;
    while (heading.find()) {
      parts.add(
          new Part(id, level, title, headingHtml, html.substring(bodyStart, heading.start())));
      id = heading.group(2);
      level = Integer.parseInt(heading.group(1));
      title = heading.group(3);
      headingHtml = heading.group().strip();
      bodyStart = heading.end();
    }
    parts.add(new Part(id, level, title, headingHtml, html.substring(bodyStart)));
    return parts;
  }

  /** Every part in document order, the untitled opening first. */
  public List<Part> parts() {
    return parts;
  }

  /** The {@code ##} sections, for the table of contents. */
  public List<Part> contents() {
    return parts.stream().filter(part -> part.level() == 2).toList();
  }

  /**
   * Drops the document's own title, and unwraps links that point into the repository (e.g. {@code
   * docs/benchmarks.md}): the portal does not serve those files, so their text stays, the link
   * goes. Links to the web and to a section of this document stay links.
   */
  private static final class PortalSafe extends AbstractVisitor {
    @Override
    public void visit(Heading heading) {
      if (heading.getLevel() == 1) {
        heading.unlink();
      } else {
        visitChildren(heading);
      }
    }

    @Override
    public void visit(Link link) {
      String target = link.getDestination();
      if (target.startsWith("https://") || target.startsWith("http://") || target.startsWith("#")) {
        visitChildren(link);
        return;
      }
      Node child = link.getFirstChild();
      while (child != null) {
        Node next = child.getNext();
        link.insertBefore(child);
        child = next;
      }
      link.unlink();
    }
  }

  /** A source on the web opens in a new tab and learns nothing about the portal. */
  private static final class ExternalLinks implements AttributeProvider {
    @Override
    public void setAttributes(Node node, String tagName, Map<String, String> attributes) {
      if (node instanceof Link && attributes.getOrDefault("href", "").startsWith("http")) {
        attributes.put("target", "_blank");
        attributes.put("rel", "noopener noreferrer");
      }
    }
  }
}
