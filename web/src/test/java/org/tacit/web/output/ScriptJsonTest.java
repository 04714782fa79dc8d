package org.tacit.web.output;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class ScriptJsonTest {

  static Stream<String> hostileText() {
    return Stream.of(
        "File the </script><script>window.__pwned=1</script> form",
        "</SCRIPT ><script>window.__pwned=1</script>",
        "<!--<script>",
        "<img src=x onerror=\"window.__pwned=2\">",
        "javascript:window.__pwned=3",
        "it's \"quoted\" \\ both ways",
        "line\u2028separator\u2029paragraph",
        "a & b > c",
        "x".repeat(20_000) + "</script>");
  }

  @ParameterizedTest
  @MethodSource("hostileText")
  void userTextCannotEndTheScriptItSitsIn(String text) {
    String safe = ScriptJson.of(Json.createObjectBuilder().add("task", text).build());

    assertThat(safe).doesNotContain("<", ">", "&", "'", "\u2028", "\u2029");
  }

  @ParameterizedTest
  @MethodSource("hostileText")
  void theValueReadsBackUnchanged(String text) {
    String safe = ScriptJson.of(Json.createObjectBuilder().add("task", text).build());

    JsonObject back = Json.createReader(new StringReader(safe)).readObject();
    assertThat(back.getString("task")).isEqualTo(text);
  }

  @org.junit.jupiter.api.Test
  void jsonWithoutSuchCharactersIsLeftAsItIs() {
    String json = "{\"x\":1,\"label\":\"Finance\"}";

    assertThat(ScriptJson.escape(json)).isSameAs(json);
  }
}
