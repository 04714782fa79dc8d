package org.tacit.web.method;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class MethodTextTest {

  private static final String MARKDOWN =
      """
      # The assessment method

      Opening words <script>alert('x')</script> and <b>bold</b>.

      ## How a score is computed

      See [the benchmarks](docs/benchmarks.md), [METR](https://metr.org/) and [a
      section](#classes), and not [this](javascript:alert(1)).

      ### Weights

      | rule | weight |
      |---|---|
      | LEARN-TACIT | 3 |

      ## Evidence on O*NET 27.0

      `code`
      """;

  private final MethodText text = MethodText.render(MARKDOWN);

  @Test
  void rawHtmlInTheMarkdownComesOutAsText() {
    String html = String.join("", text.parts().stream().map(MethodText.Part::bodyHtml).toList());

    assertThat(html)
        .doesNotContain("<script>", "<b>")
        .contains("&lt;script&gt;alert('x')&lt;/script&gt;", "&lt;b&gt;bold&lt;/b&gt;");
  }

  @Test
  void everySectionHeadingHasAnIdAndIsListedInTheContents() {
    List<String> ids = text.contents().stream().map(MethodText.Part::id).toList();

    assertThat(ids).containsExactly("how-a-score-is-computed", "evidence-on-onet-270");
    assertThat(text.contents().get(0).headingHtml())
        .isEqualTo("<h2 id=\"how-a-score-is-computed\">How a score is computed</h2>");
    assertThat(text.contents())
        .extracting(MethodText.Part::titleHtml)
        .containsExactly("How a score is computed", "Evidence on O*NET 27.0");
  }

  @Test
  void subsectionsArePartsOfTheirOwnButNotInTheContents() {
    assertThat(text.parts())
        .extracting(MethodText.Part::id)
        .containsExactly("", "how-a-score-is-computed", "weights", "evidence-on-onet-270");
    assertThat(text.parts().get(2).bodyHtml()).contains("<table>", "<td>LEARN-TACIT</td>");
  }

  @Test
  void theDocumentsOwnTitleIsLeftToThePage() {
    assertThat(text.parts().get(0).bodyHtml()).doesNotContain("<h1", "The assessment method");
  }

  @Test
  void linksIntoTheRepositoryBecomeTextAndUnsafeTargetsGoNowhere() {
    String body = text.parts().get(1).bodyHtml();

    assertThat(body)
        .contains("See the benchmarks, ")
        .doesNotContain("docs/benchmarks.md", "javascript:")
        .containsPattern("<a [^>]*href=\"https://metr.org/\"[^>]*target=\"_blank\"[^>]*>METR</a>")
        .containsPattern("<a [^>]*href=\"#classes\"[^>]*>a\nsection</a>");
  }

  @Test
  void theShippedMethodHasTheSectionsThePortalLinksTo() {
    MethodText method = MethodText.render(MethodDocument.read());

    assertThat(method.contents())
        .extracting(MethodText.Part::id)
        .contains(
            "how-a-score-is-computed",
            "the-rules-of-version-1",
            "from-scores-to-a-realistic-substitution-estimate",
            "evidence-on-onet-270");
    assertThat(method.parts())
        .extracting(MethodText.Part::id)
        .contains(
            MethodDocument.LIVE_RULES_ANCHOR,
            "how-much-of-the-benchmark-holds-on-real-work",
            "the-assumptions-their-defaults-and-sources");
  }

  @Test
  void thePageShowsTheLiveRuleSetRightAfterTheWeightsHeadingAndLosesNoPart() {
    MethodDocument document = new MethodDocument();
    document.render();

    assertThat(document.getLiveRulesPart())
        .singleElement()
        .extracting(MethodText.Part::id)
        .isEqualTo(MethodDocument.LIVE_RULES_ANCHOR);
    assertThat(
            document.getOpening().size()
                + document.getLiveRulesPart().size()
                + document.getClosing().size())
        .isEqualTo(MethodText.render(MethodDocument.read()).parts().size());
    assertThat(document.getClosing().get(0).id()).isEqualTo("onet-prefill");
  }

  @Test
  void anAsteriskInsideANameStaysAnAsteriskAndEmphasisStillWorks() {
    MethodText onet =
        MethodText.render(
            "Tasks of O*NET 27.0 are *scored* from O*NET facts, `O*NET` in code.\n\n"
                + "```\n"
                + "a*b\n"
                + "```\n");

    String html = onet.parts().get(0).bodyHtml();
    assertThat(html)
        .contains("Tasks of O*NET 27.0 are <em>scored</em> from O*NET facts")
        .contains("<code>O*NET</code>")
        .contains("<code>a*b\n</code>")
        .doesNotContain("\\*");
  }
}
