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
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The production realm (keycloak/tacit-realm-production.json) is the operator's starting point: the
 * same clients, roles, groups and claims as the demo realm, and none of its shortcuts.
 */
class ProductionRealmTest {

  private static final JsonNode PRODUCTION = read("keycloak/tacit-realm-production.json");
  private static final JsonNode DEMO = read("keycloak/tacit-realm.json");

  private static JsonNode read(String file) {
    try {
      return new ObjectMapper().readTree(Path.of(file).toFile());
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  @Test
  void theProductionRealmHoldsNoUsersAndNoSecrets() {
    assertThat(PRODUCTION.path("users")).isEmpty();
    assertThat(PRODUCTION.findValues("secret"))
        .as("client secrets are generated at import")
        .isEmpty();
    assertThat(PRODUCTION.findValues("credentials")).isEmpty();
    assertThat(PRODUCTION.toString()).doesNotContain("demo");
    PRODUCTION
        .path("clients")
        .forEach(
            client ->
                assertThat(client.path("description").asText())
                    .as("the operator is told to set the secret")
                    .contains("OPERATOR"));
  }

  @Test
  void signInIsGuardedAgainstGuessingAndWeakPasswords() {
    assertThat(PRODUCTION.path("bruteForceProtected").asBoolean()).isTrue();
    assertThat(PRODUCTION.path("failureFactor").asInt()).isBetween(3, 10);
    assertThat(PRODUCTION.path("sslRequired").asText()).isEqualTo("all");
    assertThat(PRODUCTION.path("registrationAllowed").asBoolean()).isFalse();

    String policy = PRODUCTION.path("passwordPolicy").asText();
    assertThat(policy).contains("notUsername", "notEmail", "passwordHistory(");
    assertThat(Integer.parseInt(policy.replaceAll(".*\\blength\\((\\d+)\\).*", "$1")))
        .isGreaterThanOrEqualTo(12);
    assertThat(Integer.parseInt(policy.replaceAll(".*maxLength\\((\\d+)\\).*", "$1")))
        .as("long passphrases allowed")
        .isGreaterThanOrEqualTo(64);
  }

  @Test
  void tokensAndSessionsAreShortLived() {
    assertThat(PRODUCTION.path("accessTokenLifespan").asInt()).isBetween(60, 300);
    assertThat(PRODUCTION.path("ssoSessionIdleTimeout").asInt()).isBetween(300, 1800);
    assertThat(PRODUCTION.path("ssoSessionMaxLifespan").asInt()).isBetween(3600, 36000);
    assertThat(PRODUCTION.path("revokeRefreshToken").asBoolean()).isTrue();
  }

  @Test
  void thePortalClientUsesTheConfidentialCodeFlowWithExactAddresses() {
    JsonNode portal = client(PRODUCTION, "tacit-portal");

    assertThat(portal.path("publicClient").asBoolean()).isFalse();
    assertThat(portal.path("standardFlowEnabled").asBoolean()).isTrue();
    assertThat(portal.path("implicitFlowEnabled").asBoolean()).isFalse();
    // Jakarta Security 3's OpenID Connect mechanism sends no code_challenge: requiring PKCE here
    // would refuse every sign-in. The code is bound to the client by its secret, state and nonce.
    assertThat(portal.path("attributes").path("pkce.code.challenge.method").asText()).isEmpty();
    assertThat(portal.path("clientAuthenticatorType").asText()).isEqualTo("client-secret");
    assertThat(texts(portal.path("redirectUris")))
        .containsExactly("https://tacit.example.com/tacit/callback");
    assertThat(portal.path("attributes").path("post.logout.redirect.uris").asText())
        .isEqualTo(
            "https://tacit.example.com/tacit/index.xhtml?signedOut=true"
                + "##https://tacit.example.com/tacit/index.xhtml?sessionEnded=true");
    assertThat(portal.path("attributes").path("backchannel.logout.url").asText())
        .isEqualTo("https://tacit.example.com/tacit/backchannel-logout");
    assertThat(texts(portal.path("webOrigins"))).containsExactly("https://tacit.example.com");
  }

  @Test
  void noClientAcceptsPasswordsWildcardsOrPlainHttp() {
    PRODUCTION
        .path("clients")
        .forEach(
            client -> {
              String id = client.path("clientId").asText();
              assertThat(client.path("directAccessGrantsEnabled").asBoolean())
                  .as(id + ": no password grant")
                  .isFalse();
              assertThat(client.path("implicitFlowEnabled").asBoolean()).as(id).isFalse();
              List<String> addresses = new ArrayList<>(texts(client.path("redirectUris")));
              addresses.addAll(texts(client.path("webOrigins")));
              addresses.addAll(
                  List.of(
                      client
                          .path("attributes")
                          .path("post.logout.redirect.uris")
                          .asText("")
                          .split("##")));
              addresses.stream()
                  .filter(a -> !a.isEmpty())
                  .forEach(
                      address ->
                          assertThat(address)
                              .as(id)
                              .startsWith("https://")
                              .doesNotContain("*")
                              .doesNotContain("@PORTAL_ORIGIN@"));
            });
  }

  @Test
  void theIntegrationClientUsesClientCredentialsOnly() {
    JsonNode api = client(PRODUCTION, "tacit-api");

    assertThat(api.path("serviceAccountsEnabled").asBoolean()).isTrue();
    assertThat(api.path("standardFlowEnabled").asBoolean()).isFalse();
    assertThat(api.path("redirectUris")).isEmpty();
  }

  @Test
  void theSameClientsRolesAndDepartmentRootAsTheDemoRealm() {
    assertThat(names(PRODUCTION.path("clients"), "clientId"))
        .containsExactlyElementsOf(names(DEMO.path("clients"), "clientId"));
    assertThat(names(PRODUCTION.path("roles").path("realm"), "name"))
        .containsExactlyInAnyOrderElementsOf(names(DEMO.path("roles").path("realm"), "name"));
    assertThat(names(PRODUCTION.path("groups"), "path")).containsExactly("/departments");
    assertThat(PRODUCTION.path("groups").get(0).path("subGroups"))
        .as("no demo departments")
        .isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"tacit-portal", "tacit-api"})
  void eachClientHandsOutTheDemoRealmsClaimsAndTheApiAudience(String clientId) {
    JsonNode production = client(PRODUCTION, clientId).path("protocolMappers");

    for (JsonNode demoMapper : client(DEMO, clientId).path("protocolMappers")) {
      if (demoMapper.path("protocolMapper").asText().equals("oidc-audience-mapper")) {
        continue; // its form (custom or client audience) may differ; the audience is checked below
      }
      JsonNode same = mapper(production, demoMapper.path("protocolMapper").asText());
      assertThat(same.path("config"))
          .as(demoMapper.path("name").asText())
          .isEqualTo(demoMapper.path("config"));
    }
    JsonNode audience = mapper(production, "oidc-audience-mapper").path("config");
    assertThat(
            audience
                .path("included.custom.audience")
                .asText(audience.path("included.client.audience").asText()))
        .isEqualTo("tacit-api");
    assertThat(audience.path("access.token.claim").asText()).isEqualTo("true");
  }

  @Test
  void keycloakCanStoreEveryDescription() {
    // Keycloak keeps a client's description in a VARCHAR(255): a longer one fails the import
    PRODUCTION
        .path("clients")
        .forEach(
            client ->
                assertThat(client.path("description").asText()).hasSizeLessThanOrEqualTo(255));
    DEMO.path("clients")
        .forEach(
            client ->
                assertThat(client.path("description").asText()).hasSizeLessThanOrEqualTo(255));
  }

  @ParameterizedTest
  @ValueSource(strings = {"keycloak/tacit-realm.json", "keycloak/tacit-realm-production.json"})
  void bothRealmsRecordLoginEvents(String file) {
    JsonNode realm = read(file);

    assertThat(realm.path("eventsEnabled").asBoolean()).isTrue();
    assertThat(realm.path("eventsExpiration").asLong())
        .as("kept for days, not forever")
        .isBetween(86_400L, 31_536_000L);
    assertThat(texts(realm.path("enabledEventTypes")))
        .contains(
            "LOGIN",
            "LOGIN_ERROR",
            "LOGOUT",
            "CODE_TO_TOKEN_ERROR",
            "REFRESH_TOKEN_ERROR",
            "CLIENT_LOGIN_ERROR",
            "USER_DISABLED_BY_TEMPORARY_LOCKOUT");
    assertThat(realm.path("adminEventsEnabled").asBoolean()).isTrue();
    assertThat(realm.path("adminEventsDetailsEnabled").asBoolean())
        .as("admin events without representations")
        .isFalse();
  }

  private static JsonNode client(JsonNode realm, String clientId) {
    return StreamSupport.stream(realm.path("clients").spliterator(), false)
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

  private static List<String> names(JsonNode nodes, String field) {
    return StreamSupport.stream(nodes.spliterator(), false)
        .map(n -> n.path(field).asText())
        .toList();
  }

  private static List<String> texts(JsonNode nodes) {
    return StreamSupport.stream(nodes.spliterator(), false).map(JsonNode::asText).toList();
  }
}
