package org.tacit.config;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The demo realm is what every sign-in rests on: its roles, mappers, users and redirect rules. */
class RealmTest {

  private static final JsonNode REALM = read();

  private static JsonNode read() {
    try {
      return new ObjectMapper().readTree(Path.of("keycloak/tacit-realm.json").toFile());
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  @Test
  void theRealmDeclaresThePortalsFourRoles() {
    assertThat(names(REALM.path("roles").path("realm")))
        .containsExactlyInAnyOrder("tacit-admin", "strategy-analyst", "hr-editor", "viewer");
  }

  @Test
  void rolesReachThePortalInTheFlatGroupsClaimAndDepartmentsAsFullGroupPaths() {
    JsonNode mappers = portalClient().path("protocolMappers");

    JsonNode roles = mapper(mappers, "oidc-usermodel-realm-role-mapper");
    assertThat(roles.path("config").path("claim.name").asText()).isEqualTo("groups");
    assertThat(roles.path("config").path("multivalued").asText()).isEqualTo("true");
    assertThat(roles.path("config").path("id.token.claim").asText()).isEqualTo("true");

    JsonNode departments = mapper(mappers, "oidc-group-membership-mapper");
    assertThat(departments.path("config").path("claim.name").asText()).isEqualTo("departments");
    assertThat(departments.path("config").path("full.path").asText()).isEqualTo("true");
  }

  @Test
  void thePortalMayOnlyReturnBrowsersToItself() {
    JsonNode client = portalClient();

    assertThat(client.path("publicClient").asBoolean()).isFalse();
    assertThat(client.path("directAccessGrantsEnabled").asBoolean())
        .as("no password grant")
        .isFalse();
    client
        .path("redirectUris")
        .forEach(uri -> assertThat(uri.asText()).startsWith("@PORTAL_ORIGIN@/tacit/"));
    assertThat(client.path("attributes").path("post.logout.redirect.uris").asText())
        .startsWith("@PORTAL_ORIGIN@/tacit/");
  }

  @ParameterizedTest
  @CsvSource({
    "ada,   tacit-admin,      ''",
    "sam,   strategy-analyst, ''",
    "hedda, hr-editor,        /departments/FIN",
    "vic,   viewer,           /departments/OPS",
  })
  void eachDemoUserHasOneRoleAndTheirDepartments(String username, String role, String groups) {
    JsonNode user =
        StreamSupport.stream(REALM.path("users").spliterator(), false)
            .filter(u -> u.path("username").asText().equals(username))
            .findFirst()
            .orElseThrow();

    assertThat(texts(user.path("realmRoles"))).containsExactly(role);
    assertThat(texts(user.path("groups")))
        .isEqualTo(groups.isEmpty() ? List.of() : List.of(groups));
    assertThat(user.path("requiredActions")).as("signs in without extra steps").isEmpty();
  }

  @Test
  void everyDemoUsersDepartmentExistsAsAGroup() {
    List<String> groups = new ArrayList<>();
    REALM
        .path("groups")
        .forEach(g -> g.path("subGroups").forEach(s -> groups.add(s.path("path").asText())));

    REALM.path("users").forEach(user -> assertThat(groups).containsAll(texts(user.path("groups"))));
  }

  @Test
  void theApiClientOnlyHandsOutTokensWithTheSameClaimsAsThePortal() {
    JsonNode api = client("tacit-api");

    assertThat(api.path("standardFlowEnabled").asBoolean())
        .as("no browser sign-in through the API client")
        .isFalse();
    assertThat(api.path("redirectUris")).isEmpty();
    assertThat(api.path("publicClient").asBoolean()).isFalse();
    assertThat(api.path("secret").asText()).startsWith("demo-only-");
    assertThat(names(api.path("protocolMappers")))
        .containsAll(names(portalClient().path("protocolMappers")));
    assertThat(
            mapper(api.path("protocolMappers"), "oidc-group-membership-mapper")
                .path("config")
                .path("access.token.claim")
                .asText())
        .as("the API reads departments from the access token")
        .isEqualTo("true");
  }

  @Test
  void onlyTheApiClientsAccessTokensAreMeantForTheApi() {
    JsonNode audience =
        mapper(client("tacit-api").path("protocolMappers"), "oidc-audience-mapper").path("config");

    assertThat(audience.path("included.custom.audience").asText())
        .as("the API's default tacit.api.audience")
        .isEqualTo("tacit-api");
    assertThat(audience.path("access.token.claim").asText()).isEqualTo("true");
    assertThat(audience.path("id.token.claim").asText())
        .as("an ID token is no API token")
        .isEqualTo("false");
    assertThat(portalClient().path("protocolMappers").findValuesAsText("protocolMapper"))
        .as("the portal's own tokens never reach the API")
        .doesNotContain("oidc-audience-mapper");
  }

  private static JsonNode portalClient() {
    return client("tacit-portal");
  }

  private static JsonNode client(String clientId) {
    return StreamSupport.stream(REALM.path("clients").spliterator(), false)
        .filter(c -> c.path("clientId").asText().equals(clientId))
        .findFirst()
        .orElseThrow();
  }

  private static JsonNode mapper(JsonNode mappers, String type) {
    return StreamSupport.stream(mappers.spliterator(), false)
        .filter(m -> m.path("protocolMapper").asText().equals(type))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no " + type));
  }

  private static List<String> names(JsonNode nodes) {
    return StreamSupport.stream(nodes.spliterator(), false)
        .map(n -> n.path("name").asText())
        .toList();
  }

  private static List<String> texts(JsonNode nodes) {
    return StreamSupport.stream(nodes.spliterator(), false).map(JsonNode::asText).toList();
  }
}
